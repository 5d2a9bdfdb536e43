package org.custodian.console.signin;

import java.util.List;
import java.util.stream.StreamSupport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /signin}: the identity providers configured, and locally the development sign-in form. */
@Controller
class SignInPage {

    private final boolean devSignIn;
    private final List<ClientRegistration> providers;

    SignInPage(Environment environment, ObjectProvider<InMemoryClientRegistrationRepository> registrations) {
        this.devSignIn = environment.acceptsProfiles(Profiles.of("local"));
        InMemoryClientRegistrationRepository repository = registrations.getIfAvailable();
        this.providers = repository == null ? List.of()
                : StreamSupport.stream(repository.spliterator(), false).toList();
    }

    @GetMapping("/signin")
    String signIn(Model model) {
        model.addAttribute("providers", providers);
        return show(model, devSignIn);
    }

    static String show(Model model, boolean devSignIn) {
        model.addAttribute("devSignIn", devSignIn);
        model.addAttribute("allRoles", Roles.ALL);
        return "signin";
    }
}

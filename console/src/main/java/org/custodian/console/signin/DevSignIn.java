package org.custodian.console.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import org.custodian.console.ConsoleProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The local platform's sign-in: pick a name and roles, and the console holds a token minted with the platform's key.
 * It exists only in the local profile; elsewhere people sign in with the organisation's identity provider.
 */
@Controller
@Profile("local")
class DevSignIn {

    private final PlatformKey key;
    private final SecurityContextRepository contexts;

    DevSignIn(ConsoleProperties properties, SecurityContextRepository contexts) {
        this.key = new PlatformKey(properties.devSignIn(), Clock.systemUTC());
        this.contexts = contexts;
    }

    @PostMapping("/signin")
    String signIn(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) List<String> roles,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        List<String> chosen = roles == null ? List.of() : roles.stream().filter(Roles.ALL::contains).distinct().toList();
        String subject = name.strip();
        if (!subject.matches("[A-Za-z0-9._@-]{1,64}") || chosen.isEmpty()) {
            model.addAttribute("error", "Give a name (letters, digits, . _ @ -, at most 64) and at least one role.");
            model.addAttribute("name", subject);
            return SignInPage.show(model, true);
        }
        ConsoleUser user = new ConsoleUser(subject, chosen, key.token(subject, chosen));
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, Roles.authorities(chosen)));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:/";
    }
}

package org.custodian.console.web;

import org.custodian.console.signin.CurrentUser;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's frame shows: who is signed in and the sections their roles open. */
@ControllerAdvice
class Frame {

    private final CurrentUser user;

    Frame(CurrentUser user) {
        this.user = user;
    }

    @ModelAttribute
    void frame(Model model) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        model.addAttribute("signedIn", signedIn);
        if (signedIn) {
            model.addAttribute("userName", user.name());
            model.addAttribute("userRoles", user.roles());
        }
    }
}

package org.custodian.console.web;

import java.util.List;
import org.custodian.console.signin.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /}: the first section the signed-in person's roles open. */
@Controller
class Home {

    private static final List<String> SECTIONS = List.of("compliance", "steward", "reviewer", "researcher");

    private final CurrentUser user;

    Home(CurrentUser user) {
        this.user = user;
    }

    @GetMapping("/")
    String home() {
        return SECTIONS.stream().filter(user::has).findFirst().map(section -> "redirect:/" + section).orElse("home");
    }
}

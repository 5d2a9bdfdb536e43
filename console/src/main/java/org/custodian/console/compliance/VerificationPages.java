package org.custodian.console.compliance;

import java.util.Map;
import org.custodian.console.api.ServiceApis;
import org.custodian.console.api.ServiceProblem;
import org.custodian.console.signin.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** Verify the whole log: start, then a page whose progress bar htmx refreshes until the verdict (or reload it without JavaScript). */
@Controller
class VerificationPages {

    private final ServiceApis services;
    private final VerificationRuns runs;
    private final CurrentUser user;

    VerificationPages(ServiceApis services, VerificationRuns runs, CurrentUser user) {
        this.services = services;
        this.runs = runs;
        this.user = user;
    }

    @GetMapping("/compliance/verify")
    String verifyPage() {
        return "compliance/verify";
    }

    @PostMapping("/compliance/verify")
    String start() {
        long expected = services.audit().get("/api/audit/checkpoints/latest").path("tree_size").asLong(0);
        return "redirect:/compliance/verify/" + runs.start(user.name(), expected, services.audit()).getId();
    }

    @GetMapping("/compliance/verify/{id}")
    String progress(@PathVariable String id, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        VerificationRuns.Run run = runs.find(id, user.name()).orElseThrow(() -> new ServiceProblem(404, "Not found",
                "UNKNOWN_VERIFICATION", "There is no verification " + id + " of yours.", Map.of()));
        model.addAttribute("run", run);
        return htmx == null ? "compliance/verification" : "compliance/verification :: progress";
    }
}

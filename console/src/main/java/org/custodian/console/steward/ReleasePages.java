package org.custodian.console.steward;

import java.util.Map;
import org.custodian.console.api.ServiceApis;
import org.custodian.console.api.ServiceProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What waits for a steward on the release side: releases flagged for keep-or-revoke, and deadlines parked after failing. */
@Controller
class ReleasePages {

    private final ServiceApis services;

    ReleasePages(ServiceApis services) {
        this.services = services;
    }

    @GetMapping("/steward/releases")
    String waiting(Model model) {
        model.addAttribute("flagged", services.release().get("/api/releases?flagged=true"));
        model.addAttribute("parked", services.release().get("/api/deadlines/parked"));
        return "steward/releases";
    }

    @PostMapping("/steward/releases/{id}/flag-resolution")
    String resolve(@PathVariable String id, @RequestParam(defaultValue = "") String action,
                   @RequestParam(defaultValue = "") String reason, RedirectAttributes flash, Model model) {
        try {
            services.release().post("/api/releases/{id}/flag-resolution", Map.of("action", action, "reason", reason), id);
            flash.addFlashAttribute("notice", "Release " + id + ": " + ("revoke".equals(action) ? "revoked." : "kept."));
            return "redirect:/steward/releases";
        } catch (ServiceProblem problem) {
            model.addAttribute("refusal", problem.forForm());
            return waiting(model);
        }
    }
}

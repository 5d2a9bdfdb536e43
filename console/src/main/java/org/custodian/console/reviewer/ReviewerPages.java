package org.custodian.console.reviewer;

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
import org.springframework.web.util.UriUtils;

/** A reviewer opens a request their panel reviews, reads the policy's reasons, votes or declares a conflict. */
@Controller
class ReviewerPages {

    private final ServiceApis services;

    ReviewerPages(ServiceApis services) {
        this.services = services;
    }

    @GetMapping("/reviewer")
    String start() {
        return "reviewer/start";
    }

    @GetMapping("/reviewer/open")
    String open(@RequestParam String id) {
        return "redirect:" + page(id.strip());
    }

    @GetMapping("/reviewer/requests/{id}")
    String request(@PathVariable String id, Model model) {
        model.addAttribute("request", services.request().get("/api/requests/{id}", id));
        model.addAttribute("decision", org.custodian.console.api.Decisions.latest(services, id));
        return "reviewer/request";
    }

    @PostMapping("/reviewer/requests/{id}/votes")
    String vote(@PathVariable String id, @RequestParam(defaultValue = "") String vote, @RequestParam(defaultValue = "") String reason,
                RedirectAttributes flash, Model model) {
        return act(id, "/api/requests/{id}/votes", Map.of("vote", vote, "reason", reason), "Your vote is recorded.", flash, model);
    }

    @PostMapping("/reviewer/requests/{id}/conflicts")
    String conflict(@PathVariable String id, @RequestParam(defaultValue = "") String reason, RedirectAttributes flash, Model model) {
        return act(id, "/api/requests/{id}/conflicts", Map.of("reason", reason),
                "Your conflict of interest is recorded; you take no further part in this review.", flash, model);
    }

    private String act(String id, String path, Map<String, String> body, String done, RedirectAttributes flash, Model model) {
        try {
            services.request().post(path, body, id);
            flash.addFlashAttribute("notice", done);
            return "redirect:" + page(id);
        } catch (ServiceProblem problem) {
            model.addAttribute("refusal", problem.forForm());
            return request(id, model);
        }
    }

    private static String page(String id) {
        return "/reviewer/requests/" + UriUtils.encodePathSegment(id, "UTF-8");
    }
}

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

    /** My queue (requests awaiting my vote) and the manuscripts awaiting my approval, each paged on its own cursor. */
    @GetMapping("/reviewer")
    String start(@RequestParam(required = false) String cursor, @RequestParam(required = false) String manuscripts, Model model) {
        model.addAttribute("queue", services.request().page("/api/requests?queue=review", Map.of(), cursor));
        model.addAttribute("cursor", cursor);
        model.addAttribute("manuscripts", services.request().page("/api/manuscripts?queue=review", Map.of(), manuscripts));
        model.addAttribute("manuscriptsCursor", manuscripts);
        return "reviewer/start";
    }

    @GetMapping("/reviewer/manuscripts/{id}")
    String manuscript(@PathVariable String id, Model model) {
        model.addAttribute("manuscript", services.request().get("/api/manuscripts/{id}", id));
        return "reviewer/manuscript";
    }

    @PostMapping("/reviewer/manuscripts/{id}/reviews")
    String reviewManuscript(@PathVariable String id, @RequestParam(defaultValue = "") String verdict,
                            @RequestParam(defaultValue = "") String comment, RedirectAttributes flash, Model model) {
        try {
            services.request().post("/api/manuscripts/{id}/reviews", Map.of("verdict", verdict, "comment", comment), id);
            flash.addFlashAttribute("notice", "Your review of the manuscript is recorded.");
            return "redirect:/reviewer/manuscripts/" + UriUtils.encodePathSegment(id, "UTF-8");
        } catch (ServiceProblem problem) {
            model.addAttribute("refusal", problem.forForm());
            return manuscript(id, model);
        }
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

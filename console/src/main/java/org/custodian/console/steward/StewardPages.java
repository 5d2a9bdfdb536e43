package org.custodian.console.steward;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custodian.console.api.ServiceApis;
import org.custodian.console.api.ServiceProblem;
import org.custodian.console.api.Vocabulary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/** The catalog, a dataset registered from a form built from the policy's vocabulary, and a dataset's committee. */
@Controller
class StewardPages {

    private final ServiceApis services;

    StewardPages(ServiceApis services) {
        this.services = services;
    }

    @GetMapping("/steward")
    String catalog(@RequestParam(required = false) String q, Model model) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("limit", 50);
        String uri = "/api/datasets?limit={limit}";
        if (q != null && !q.isBlank()) {
            query.put("q", q.strip());
            uri += "&q={q}";
        }
        model.addAttribute("datasets", services.request().get(uri, query));
        model.addAttribute("q", q);
        return "steward/catalog";
    }

    /** The researcher directory, optionally of one institution, a page at a time. */
    @GetMapping("/steward/researchers")
    String researchers(@RequestParam(required = false) String institution, @RequestParam(required = false) String cursor, Model model) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("institution", institution);
        model.addAttribute("researchers", services.request().page("/api/researchers", filters, cursor));
        model.addAttribute("institution", institution);
        model.addAttribute("cursor", cursor);
        model.addAttribute("base", UriComponentsBuilder.fromPath("/steward/researchers")
                .queryParamIfPresent("institution", java.util.Optional.ofNullable(institution).filter(i -> !i.isBlank()).map(String::strip))
                .encode().build().toUriString());
        return "steward/researchers";
    }

    @GetMapping("/steward/datasets/new")
    String draft(Model model) {
        return form(model, DatasetForm.blank(), Map.of());
    }

    @PostMapping("/steward/datasets")
    String register(DatasetForm form, Model model) {
        try {
            JsonNode created = services.request().post("/api/datasets", form.body());
            return "redirect:" + page(created.path("id").asText());
        } catch (ServiceProblem problem) {
            model.addAttribute("refusal", problem.forForm());
            return form(model, form, problem.fieldErrors());
        }
    }

    @GetMapping("/steward/datasets/{id}")
    String dataset(@PathVariable String id, Model model) {
        model.addAttribute("dataset", services.request().get("/api/datasets/{id}", id));
        JsonNode committee = committee(id);
        model.addAttribute("committee", committee);
        if (committee != null) {
            java.util.List<String> reviewers = new java.util.ArrayList<>();
            committee.path("reviewers").forEach(reviewer -> reviewers.add(reviewer.asText()));
            model.addAttribute("committeeReviewers", String.join(", ", reviewers));
        }
        return "steward/dataset";
    }

    @PostMapping("/steward/datasets/{id}/committee")
    String setCommittee(@PathVariable String id, @RequestParam(defaultValue = "") String reviewers,
                        @RequestParam(required = false) Integer approvalsRequired, @RequestParam(defaultValue = "false") boolean blinded,
                        RedirectAttributes flash, Model model) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reviewers", Arrays.stream(reviewers.split("[,\\s]+")).filter(r -> !r.isBlank()).toList());
        body.put("approvals_required", approvalsRequired);
        body.put("blinded", blinded);
        try {
            services.request().put("/api/datasets/{id}/committee", body, id);
            flash.addFlashAttribute("notice", "The committee is saved.");
            return "redirect:" + page(id);
        } catch (ServiceProblem problem) {
            model.addAttribute("refusal", problem.forForm());
            return dataset(id, model);
        }
    }

    private JsonNode committee(String id) {
        try {
            return services.request().get("/api/datasets/{id}/committee", id);
        } catch (ServiceProblem problem) {
            if ("NO_COMMITTEE".equals(problem.code())) {
                return null;
            }
            throw problem;
        }
    }

    private String form(Model model, DatasetForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("vocabulary", Vocabulary.of(services));
        return "steward/new";
    }

    private static String page(String id) {
        return "/steward/datasets/" + UriUtils.encodePathSegment(id, "UTF-8");
    }
}

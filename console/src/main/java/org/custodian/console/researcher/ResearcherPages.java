package org.custodian.console.researcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.web.util.UriUtils;

/** A researcher's requests and releases. */
@Controller
class ResearcherPages {

    private final ServiceApis services;
    private final Clock clock = Clock.systemUTC();

    ResearcherPages(ServiceApis services) {
        this.services = services;
    }

    /** One release as the researcher sees it, with the days left before its data must be erased. */
    public record ReleaseRow(String id, String requestId, String state, String eraseBy, long daysLeft) {
    }

    @GetMapping("/researcher")
    String start(@RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("requests", services.request().page("/api/requests?mine", Map.of(), cursor));
        model.addAttribute("cursor", cursor);
        List<ReleaseRow> releases = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (JsonNode release : services.release().get("/api/releases")) {
            String eraseBy = release.path("erase_by").asText();
            long left = eraseBy.isEmpty() ? 0 : ChronoUnit.DAYS.between(today, LocalDate.parse(eraseBy));
            releases.add(new ReleaseRow(release.path("id").asText(), release.path("request_id").asText(),
                    release.path("state").asText(), eraseBy, left));
        }
        model.addAttribute("releases", releases);
        return "researcher/start";
    }

    @GetMapping("/researcher/requests/new")
    String draft(Model model) {
        return form(model, RequestForm.blank(), null, Map.of());
    }

    @PostMapping("/researcher/requests/what-if")
    String whatIf(RequestForm form, Model model) {
        try {
            return form(model, form, services.policy().post("/api/decisions/evaluate", form.whatIf(clock.instant())), Map.of());
        } catch (ServiceProblem problem) {
            return refused(model, form, problem);
        }
    }

    @PostMapping("/researcher/requests")
    String submit(RequestForm form, Model model) {
        try {
            JsonNode created = services.request().post("/api/requests", form.body(), Map.of("Idempotency-Key", form.idempotencyKey()));
            return "redirect:/researcher/requests/" + UriUtils.encodePathSegment(created.path("id").asText(), "UTF-8");
        } catch (ServiceProblem problem) {
            return refused(model, form, problem);
        }
    }

    @GetMapping("/researcher/requests/{id}")
    String request(@PathVariable String id, Model model) {
        model.addAttribute("request", services.request().get("/api/requests/{id}", id));
        model.addAttribute("decision", org.custodian.console.api.Decisions.latest(services, id));
        return "researcher/request";
    }

    @PostMapping("/researcher/releases/{id}/erasure")
    String certifyErasure(@PathVariable String id, @RequestParam(defaultValue = "") String scope,
                          @RequestParam(defaultValue = "") String method, @RequestParam(defaultValue = "") String attestation,
                          org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
        services.release().post("/api/releases/{id}/erasure-certificates", Map.of("scope", scope, "method", method,
                "erased_on", LocalDate.now(clock).toString(), "attestation", attestation), id);
        flash.addFlashAttribute("notice", "Your erasure certificate for release " + id + " is recorded.");
        return "redirect:/researcher";
    }

    @GetMapping("/researcher/open")
    String open(@RequestParam String id) {
        return "redirect:/researcher/requests/" + UriUtils.encodePathSegment(id.strip(), "UTF-8");
    }

    private String refused(Model model, RequestForm form, ServiceProblem problem) {
        model.addAttribute("refusal", problem.forForm());
        return form(model, form, null, problem.fieldErrors());
    }

    private String form(Model model, RequestForm form, JsonNode decision, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("decision", decision);
        model.addAttribute("errors", errors);
        model.addAttribute("datasets", services.request().get("/api/datasets?limit=100"));
        model.addAttribute("vocabulary", Vocabulary.of(services));
        return "researcher/new";
    }
}

package org.custodian.console.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custodian.console.api.ServiceApi;
import org.custodian.console.api.ServiceApis;
import org.custodian.console.api.ServiceProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** The audit trail: search with paging, export, an entry with its proof, and histories. */
@Controller
class AuditPages {

    private static final Map<String, MediaType> EXPORTS = Map.of(
            "csv", MediaType.parseMediaType("text/csv"), "ndjson", MediaType.parseMediaType("application/x-ndjson"));

    private final ServiceApis services;

    AuditPages(ServiceApis services) {
        this.services = services;
    }

    @GetMapping("/compliance")
    String start() {
        return "compliance/start";
    }

    @GetMapping("/compliance/audit")
    String search(AuditSearch search, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        Map<String, Object> query = search.page();
        JsonNode page = services.audit().get(AuditSearch.template(query), query);
        model.addAttribute("search", search);
        model.addAttribute("entries", page.path("entries"));
        model.addAttribute("next", page.path("next").isNumber() ? page.path("next").asLong() : null);
        return htmx == null ? "compliance/audit" : "compliance/audit :: results";
    }

    @GetMapping("/compliance/audit/export")
    void export(AuditSearch search, @RequestParam String format, HttpServletResponse response) throws IOException {
        MediaType type = EXPORTS.get(format);
        if (type == null) {
            throw new ServiceProblem(400, "Unknown format", "UNKNOWN_FORMAT", "Export as csv or ndjson.", Map.of());
        }
        ServiceApi audit = services.audit();
        Map<String, Object> query = search.filters();
        audit.stream(AuditSearch.template(query), query, type, audit.bearer(), body -> {
            response.setContentType(type.toString());
            response.setHeader("Content-Disposition",
                    ContentDisposition.attachment().filename("audit." + format).build().toString());
            body.transferTo(response.getOutputStream());
        });
    }

    @GetMapping("/compliance/audit/entries/{seq}")
    String entry(@PathVariable long seq, Model model) {
        ServiceApi audit = services.audit();
        JsonNode found = audit.get("/api/audit/entries?after={after}&limit=1", seq - 1).path("entries");
        if (found.isEmpty() || found.get(0).path("seq").asLong() != seq) {
            throw new ServiceProblem(404, "Not found", "ENTRY_NOT_FOUND", "The log has no entry " + seq + ".", Map.of());
        }
        JsonNode entry = found.get(0);
        model.addAttribute("entry", entry);
        model.addAttribute("proof", proof(audit, entry));
        return "compliance/entry";
    }

    private InclusionCheck.Result proof(ServiceApi audit, JsonNode entry) {
        long seq = entry.path("seq").asLong();
        JsonNode checkpoint = audit.get("/api/audit/checkpoints/latest");
        long size = checkpoint.path("tree_size").asLong();
        String keyName = checkpoint.path("key_name").asText();
        if (seq > size) {
            return new InclusionCheck.Result(false, "The latest checkpoint covers " + size
                    + " entries; this entry will be covered by the next one. Reload in a minute.", keyName, size,
                    checkpoint.path("root_hash").asText());
        }
        JsonNode proof = audit.get("/api/audit/entries/{seq}/proof?tree_size={size}", seq, size);
        List<String> path = new ArrayList<>();
        proof.path("proof").forEach(node -> path.add(node.asText()));
        String key = services.audit().text("/api/audit/checkpoints/key");
        return InclusionCheck.check(entry.path("entry_hash").asText(), proof.path("leaf_index").asLong(), path,
                checkpoint.path("note").asText(), key);
    }

    @GetMapping("/compliance/history")
    String findHistory(@RequestParam(required = false) String request, @RequestParam(required = false) String researcher) {
        if (request != null && !request.isBlank()) {
            return "redirect:/compliance/requests/" + UriUtils.encodePathSegment(request.strip(), StandardCharsets.UTF_8);
        }
        if (researcher != null && !researcher.isBlank()) {
            return "redirect:/compliance/researchers/" + UriUtils.encodePathSegment(researcher.strip(), StandardCharsets.UTF_8);
        }
        return "redirect:/compliance";
    }

    @GetMapping("/compliance/requests/{id}")
    String requestHistory(@PathVariable String id, Model model) {
        model.addAttribute("timeline", services.audit().get("/api/audit/requests/{id}/timeline", id));
        model.addAttribute("requestId", id);
        return "compliance/request";
    }

    @GetMapping("/compliance/researchers/{id}")
    String researcherHistory(@PathVariable String id, Model model) {
        model.addAttribute("history", services.audit().get("/api/audit/researchers/{id}/history", id));
        model.addAttribute("researcherId", id);
        return "compliance/researcher";
    }
}

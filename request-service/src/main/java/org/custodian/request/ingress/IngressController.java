package org.custodian.request.ingress;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custodian.support.problem.RuleViolation;
import org.custodian.support.security.Caller;
import org.custodian.support.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/events}: CloudEvents 1.0 over HTTP from integrated systems; {@code GET
 * /api/events/{source}/{id}}: what became of one, for the integration that sent it and for compliance.
 */
@RestController
class IngressController {

    private final Ingress ingress;
    private final InboundLedger ledger;

    IngressController(Ingress ingress, InboundLedger ledger) {
        this.ingress = ingress;
        this.ledger = ledger;
    }

    @PostMapping("/api/events")
    @Operation(summary = "Post outside events (CloudEvents binary, structured or batch mode)",
            description = "Authenticated by an integration token or a Standard Webhooks signature. A batch is "
                    + "validated as a whole: one invalid event refuses all of them. 202 when any event is new, 200 "
                    + "when all were accepted before (each repeat answered with its original acceptance).")
    ResponseEntity<Object> post(@RequestHeader HttpHeaders headers, @RequestBody(required = false) byte[] body,
                                Caller caller) {
        List<Acceptance> acceptances = ingress.accept(
                PostedEvents.read(headers.getContentType(), lowerCase(headers), body == null ? new byte[0] : body),
                caller.subject());
        boolean anyNew = acceptances.stream().anyMatch(a -> a.status() == Acceptance.Status.ACCEPTED);
        Object answer = isBatch(headers) ? Map.of("items", acceptances) : acceptances.get(0);
        return ResponseEntity.status(anyNew ? 202 : 200).body(answer);
    }

    @GetMapping("/api/events/{source}/{id}")
    @Operation(summary = "What became of an event you posted: ACCEPTED, APPLIED, or FAILED with the reason and dead letter",
            description = "The source is percent-encoded as one path segment (/enclave/eu-1 is %2Fenclave%2Feu-1). "
                    + "Only the integration that posted the event, and compliance, may read it; to anyone else it is unknown.")
    InboundStatus status(@PathVariable String source, @PathVariable String id, Caller caller) {
        return ledger.status(source, id)
                .filter(status -> status.principal().equals(caller.subject()) || caller.has(Role.COMPLIANCE))
                .orElseThrow(() -> new RuleViolation(HttpStatus.NOT_FOUND, "UNKNOWN_EVENT",
                        "No event " + shorten(id) + " from " + shorten(source) + " was posted by you."));
    }

    private static String shorten(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }

    private static boolean isBatch(HttpHeaders headers) {
        return headers.getContentType() != null && PostedEvents.BATCH.isCompatibleWith(headers.getContentType());
    }

    private static Map<String, String> lowerCase(HttpHeaders headers) {
        Map<String, String> single = new LinkedHashMap<>();
        headers.forEach((name, values) -> single.put(name.toLowerCase(), values.get(0)));
        return single;
    }
}

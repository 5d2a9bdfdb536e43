package org.custodian.request.ingress;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custodian.support.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/events}: CloudEvents 1.0 over HTTP from integrated systems. */
@RestController
class IngressController {

    private final Ingress ingress;

    IngressController(Ingress ingress) {
        this.ingress = ingress;
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

    private static boolean isBatch(HttpHeaders headers) {
        return headers.getContentType() != null && PostedEvents.BATCH.isCompatibleWith(headers.getContentType());
    }

    private static Map<String, String> lowerCase(HttpHeaders headers) {
        Map<String, String> single = new LinkedHashMap<>();
        headers.forEach((name, values) -> single.put(name.toLowerCase(), values.get(0)));
        return single;
    }
}

package org.custodian.console.researcher;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A request as the form holds it; {@code idempotencyKey} is made when the form is first shown, so a submission sent
 * twice (a double click, a reload) makes one request.
 */
public record RequestForm(String dataset, List<String> codes, String disease, String statement, String fields,
                          Integer durationDays, String processingCountry, String accessMode, Boolean commercial,
                          String idempotencyKey) {

    static RequestForm blank() {
        return new RequestForm(null, List.of(), null, null, null, 365, null, null, false, UUID.randomUUID().toString());
    }

    public List<String> getCodes() {
        return codes == null ? List.of() : codes;
    }

    /** The body of {@code POST /api/requests}, DESIGN §5's {@code request}. */
    Map<String, Object> body() {
        Map<String, Object> purpose = new LinkedHashMap<>();
        purpose.put("codes", getCodes());
        if (disease != null && !disease.isBlank()) {
            purpose.put("disease", disease.strip());
        }
        purpose.put("commercial", Boolean.TRUE.equals(commercial));
        purpose.put("statement", statement == null ? "" : statement.strip());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("datasets", dataset == null || dataset.isBlank() ? List.of() : List.of(dataset));
        body.put("purpose", purpose);
        body.put("fields", fields == null || fields.isBlank() ? List.of()
                : Arrays.stream(fields.split("[,\\s]+")).filter(f -> !f.isBlank()).toList());
        body.put("duration_days", durationDays);
        body.put("processing_country", processingCountry);
        body.put("access_mode", accessMode);
        return body;
    }

    /** The what-if query: the same request, judged now, the requester filled in by the policy service from the token. */
    Map<String, Object> whatIf(Instant now) {
        return Map.of("input", Map.of("now", now.toString(), "request", body()));
    }
}

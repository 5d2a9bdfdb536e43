package org.custodian.audit.verification;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/audit/verify}: whether the log is intact, and if not, where it first breaks. With
 * {@code Accept: application/x-ndjson} the answer streams: a progress line every
 * {@code custodian.audit.verify.progress-every} entries, then the verdict as the last line.
 */
@RestController
class VerificationController {

    private static final MediaType JSON_LINES = MediaType.parseMediaType("application/x-ndjson");

    private final ChainVerifier verifier;
    private final ObjectMapper json;
    private final long progressEvery;

    VerificationController(ChainVerifier verifier, ObjectMapper json,
                           @Value("${custodian.audit.verify.progress-every:100000}") long progressEvery) {
        this.verifier = verifier;
        this.json = json;
        this.progressEvery = progressEvery;
    }

    @GetMapping("/api/audit/verify")
    @Operation(summary = "Verify the whole chain",
            description = "JSON: the verdict. With Accept: application/x-ndjson, {\"verified\": N} lines while it runs, "
                    + "then the verdict as the last line.")
    ResponseEntity<StreamingResponseBody> verify(@RequestHeader(value = "Accept", required = false) String accept)
            throws IOException {
        if (accept == null || !accept.contains(JSON_LINES.toString())) {
            // verified before answering, so that a failure is still an error response
            byte[] verdict = json.writeValueAsBytes(verifier.verify());
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out -> out.write(verdict));
        }
        StreamingResponseBody body = out -> {
            Verification verdict = verifier.verify(verified -> line(out, Map.of("verified", verified)), progressEvery);
            line(out, verdict);
        };
        return ResponseEntity.ok().contentType(JSON_LINES).body(body);
    }

    private void line(OutputStream out, Object value) {
        try {
            out.write(json.writeValueAsBytes(value));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

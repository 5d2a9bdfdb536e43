package org.custodian.release.access;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.custodian.release.release.ReleaseEndpoint;
import org.custodian.release.release.ReleaseNeed;
import org.custodian.support.problem.RuleViolation;
import org.custodian.support.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Integrations report uses of released data here; each {@code Idempotency-Key} is recorded once per
 * caller, whether it came alone or in a batch. A use of an unknown release is recorded as a violation too,
 * not refused.
 */
@RestController
class AccessController {

    static final String LEDGER = "release-service.accesses";
    static final int MAX_BATCH = 1000;

    private final AccessRecorder recorder;

    AccessController(AccessRecorder recorder) {
        this.recorder = recorder;
    }

    @PostMapping("/api/releases/{id}/accesses")
    @ReleaseEndpoint(value = ReleaseNeed.INTEGRATION, unknownToo = true)
    ResponseEntity<AccessReceipt> report(@PathVariable String id, @Valid @RequestBody AccessBody body, Caller caller,
                                         @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        String accessId = caller.subject() + " " + requireKey(key);
        Optional<List<String>> violations = recorder.record(new AccessReport(LEDGER, accessId, id, body.access(), caller.subject(), null));
        return violations.map(found -> ResponseEntity.status(HttpStatus.ACCEPTED).body(AccessReceipt.recorded(id, accessId, found)))
                .orElseGet(() -> ResponseEntity.ok(AccessReceipt.duplicate(id, accessId)));
    }

    /** Up to {@value #MAX_BATCH} uses of one release in one call, each answered on its own (200 even if some were refused). */
    @PostMapping("/api/releases/{id}/accesses:batch")
    @ReleaseEndpoint(value = ReleaseNeed.INTEGRATION, unknownToo = true)
    AccessBatchReceipt reportAll(@PathVariable String id, @Valid @RequestBody AccessBatchBody body, Caller caller) {
        if (body.accesses().size() > MAX_BATCH) {
            throw new RuleViolation(HttpStatus.PAYLOAD_TOO_LARGE, "BATCH_TOO_LARGE",
                    "A batch holds at most " + MAX_BATCH + " accesses; this one holds " + body.accesses().size() + ".");
        }
        List<AccessReport> reports = body.accesses().stream().map(item -> new AccessReport(LEDGER,
                caller.subject() + " " + item.accessId(), id, item.access().access(), caller.subject(), null)).toList();
        return AccessBatchReceipt.of(id, recorder.recordAll(reports));
    }

    private static String requireKey(String key) {
        if (key == null || key.isBlank() || key.length() > 255) {
            throw new RuleViolation(HttpStatus.BAD_REQUEST, "IDEMPOTENCY_KEY_REQUIRED",
                    "Send an Idempotency-Key header (1 to 255 characters) naming this access, so a retry is recorded once.");
        }
        return key;
    }
}

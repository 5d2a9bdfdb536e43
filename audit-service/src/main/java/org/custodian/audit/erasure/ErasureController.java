package org.custodian.audit.erasure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.custodian.audit.personal.Erasure;
import org.custodian.support.problem.RuleViolation;
import org.custodian.support.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/audit/people/{researcherId}/erasure} (compliance): destroys the person's key, so
 * every personal field the log holds about them reads {@code "[erased]"} from now on, while every
 * hash, checkpoint and export still verifies; the erasure itself is appended to the log, and announced
 * to the other services (personal-data.erased) before the answer when the broker is reachable. Repeating
 * it answers the first erasure and changes nothing.
 */
@RestController
class ErasureController {

    private static final int MAX_ID = 128;

    private final PersonErasures erasures;
    private final ErasureAnnouncer announcer;

    ErasureController(PersonErasures erasures, ErasureAnnouncer announcer) {
        this.erasures = erasures;
        this.announcer = announcer;
    }

    @PostMapping("/api/audit/people/{researcherId}/erasure")
    Erasure erase(@PathVariable String researcherId, @Valid @RequestBody ErasureBody body, Caller caller) {
        if (researcherId.isBlank() || researcherId.length() > MAX_ID) {
            throw new RuleViolation(HttpStatus.BAD_REQUEST, "INVALID_RESEARCHER_ID",
                    "A researcher id has 1 to " + MAX_ID + " characters.");
        }
        Erasure erasure = erasures.erase(researcherId, caller.subject(), body.reason())
                .orElseThrow(() -> new RuleViolation(HttpStatus.NOT_FOUND, "PERSON_NOT_FOUND",
                        "The log holds no personal data about researcher " + researcherId + "."));
        announcer.announcePending();
        return erasure;
    }

    /** Why the data is erased (a request under GDPR Art. 17, say), kept with the erasure. */
    record ErasureBody(@NotBlank @Size(max = 1000) String reason) {
    }
}

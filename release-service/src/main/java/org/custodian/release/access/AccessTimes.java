package org.custodian.release.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.custodian.contracts.releases.Access;
import org.custodian.release.release.ReleaseView;
import org.custodian.support.problem.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Refuses a use said to have happened at an impossible time: before its release was issued, or
 * later than now (Custodian's clock) by more than the clock skew a reporter may have.
 */
@Component
class AccessTimes {

    private final Clock clock;
    private final Duration skew;

    AccessTimes(Clock clock, @Value("${custodian.releases.accesses.clock-skew:PT5M}") Duration skew) {
        this.clock = clock;
        this.skew = skew;
    }

    /** Why a use cannot have happened when it says, if it cannot. */
    Optional<RuleViolation> refusal(Access access, Optional<ReleaseView> release) {
        Instant latest = clock.instant().plus(skew);
        if (access.accessedAt().isAfter(latest)) {
            return Optional.of(new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "ACCESSED_IN_FUTURE",
                    "accessed_at " + access.accessedAt() + " is later than now, " + clock.instant() + ", by more than " + skew + "."));
        }
        return release.filter(issued -> access.accessedAt().isBefore(issued.issuedAt())).map(issued ->
                new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "ACCESSED_BEFORE_ISSUE",
                        "accessed_at " + access.accessedAt() + " is before release " + issued.id() + " was issued, at "
                                + issued.issuedAt() + "."));
    }
}

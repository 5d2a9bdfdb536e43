package org.custodian.request.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.custodian.support.problem.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Refuses with 422 a time a client states for something that has already happened (a consent recorded, a
 * withdrawal, a signature) when it lies ahead of Custodian's clock by more than the skew a sender's clock
 * may have ({@code custodian.clock-skew}, default five minutes).
 */
@Component
public class ClaimedTimes {

    // A day has begun somewhere on earth once it has begun at UTC+14.
    private static final ZoneOffset EARLIEST = ZoneOffset.ofHours(14);

    private final Clock clock;
    private final Duration skew;

    ClaimedTimes(Clock clock, @Value("${custodian.clock-skew:PT5M}") Duration skew) {
        this.clock = clock;
        this.skew = skew;
    }

    public void requirePast(Instant at, String field, String code) {
        if (at != null && at.isAfter(clock.instant().plus(skew))) {
            throw future(field, at.toString(), code);
        }
    }

    public void requirePast(LocalDate day, String field, String code) {
        if (day != null && day.isAfter(LocalDate.ofInstant(clock.instant().plus(skew), EARLIEST))) {
            throw future(field, day.toString(), code);
        }
    }

    private static RuleViolation future(String field, String value, String code) {
        return new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, code,
                field + " " + value + " is still to come; it states when something happened.");
    }
}

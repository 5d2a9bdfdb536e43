package org.custodian.release.delivery;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.custodian.release.release.ReleaseCommands;
import org.custodian.release.release.ReleaseEndpoint;
import org.custodian.release.release.ReleaseNeed;
import org.custodian.release.release.ReleaseRegister;
import org.custodian.release.release.ReleaseState;
import org.custodian.release.release.ReleaseView;
import org.custodian.support.problem.RuleViolation;
import org.custodian.support.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A steward sets (or replaces) the delivery schedule of a live release; each delivery is then recorded until it expires. */
@RestController
class ScheduleController {

    private final ReleaseRegister register;
    private final DeliverySchedules schedules;
    private final Clock clock;

    ScheduleController(ReleaseRegister register, DeliverySchedules schedules, Clock clock) {
        this.register = register;
        this.schedules = schedules;
        this.clock = clock;
    }

    @PutMapping("/api/releases/{id}/schedule")
    @ReleaseEndpoint(ReleaseNeed.STEWARD)
    @Operation(summary = "Set the delivery schedule of a live release: every_days or monthly_day, optionally from starts_on")
    @Transactional
    public ScheduleView set(@PathVariable String id, @Valid @RequestBody ScheduleBody body, Caller caller) {
        ReleaseView release = register.find(id).orElseThrow(() -> ReleaseCommands.unknown(id));
        if (release.state() != ReleaseState.ISSUED) {
            throw new RuleViolation(HttpStatus.CONFLICT, "RELEASE_NOT_LIVE", "Release " + id + " is " + release.state() + ".");
        }
        Instant now = clock.instant();
        Instant first = body.startsOn() == null ? body.rule().firstAfter(now) : body.startsOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        if (!first.isAfter(now)) {
            throw new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "SCHEDULE_IN_PAST",
                    "starts_on " + body.startsOn() + " has begun already; the first delivery must still be to come.");
        }
        if (!first.isBefore(release.expiresAt())) {
            throw new RuleViolation(HttpStatus.CONFLICT, "NO_DELIVERY_BEFORE_EXPIRY",
                    "The first delivery, " + first + ", would fall after release " + id + " expires at " + release.expiresAt() + ".");
        }
        schedules.set(id, body.rule(), first, caller.subject(), now);
        return new ScheduleView(id, body.everyDays(), body.monthlyDay(), first);
    }
}

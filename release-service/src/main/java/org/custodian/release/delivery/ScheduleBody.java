package org.custodian.release.delivery;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;

/**
 * A delivery schedule: every {@code every_days} days (1 to 366), or monthly on {@code monthly_day} (1 to
 * 28); exactly one. {@code starts_on}, if given, is the day of the first delivery.
 */
record ScheduleBody(@Min(1) @Max(366) Integer everyDays, @Min(1) @Max(28) Integer monthlyDay, LocalDate startsOn) {

    @AssertTrue(message = "give exactly one of every_days and monthly_day")
    boolean isExactlyOneRule() {
        return (everyDays == null) != (monthlyDay == null);
    }

    DeliveryRule rule() {
        return new DeliveryRule(everyDays, monthlyDay);
    }
}

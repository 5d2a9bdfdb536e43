package org.custodian.release.delivery;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A delivery schedule: every {@code every_days} days (1 to 366), or monthly on {@code monthly_day} (1 to 28); exactly one. */
record ScheduleBody(@Min(1) @Max(366) Integer everyDays, @Min(1) @Max(28) Integer monthlyDay) {

    @AssertTrue(message = "give exactly one of every_days and monthly_day")
    boolean isExactlyOneRule() {
        return (everyDays == null) != (monthlyDay == null);
    }

    DeliveryRule rule() {
        return new DeliveryRule(everyDays, monthlyDay);
    }
}

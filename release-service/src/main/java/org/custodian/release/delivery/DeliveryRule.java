package org.custodian.release.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Every {@code everyDays} days, or monthly on {@code monthlyDay}; deliveries fall at 00:00 UTC. */
record DeliveryRule(Integer everyDays, Integer monthlyDay) {

    /** The first delivery strictly after {@code now}. */
    Instant firstAfter(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (everyDays != null) {
            return startOf(today.plusDays(everyDays));
        }
        LocalDate thisMonth = today.withDayOfMonth(monthlyDay);
        return startOf(thisMonth.isAfter(today) ? thisMonth : thisMonth.plusMonths(1));
    }

    /** The delivery after the one due at {@code previous}. */
    Instant after(Instant previous) {
        LocalDate day = LocalDate.ofInstant(previous, ZoneOffset.UTC);
        return startOf(everyDays != null ? day.plusDays(everyDays) : day.plusMonths(1).withDayOfMonth(monthlyDay));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}

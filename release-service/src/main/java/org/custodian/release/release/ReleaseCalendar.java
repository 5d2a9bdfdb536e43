package org.custodian.release.release;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * When a release's access period ends. Erase-by is a date and the policy sets it to the end of the
 * requested duration, so access ends as that day begins (UTC), and erasure is due the same moment.
 */
public final class ReleaseCalendar {

    private ReleaseCalendar() {
    }

    public static Instant expiresAt(LocalDate eraseBy) {
        return eraseBy.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * From when released data counts as erased: the end of the day the researcher says they erased
     * it, or when they certified it if that came first.
     */
    public static Instant erasedAt(LocalDate erasedOn, Instant certifiedAt) {
        Instant endOfDay = expiresAt(erasedOn.plusDays(1));
        return endOfDay.isBefore(certifiedAt) ? endOfDay : certifiedAt;
    }
}

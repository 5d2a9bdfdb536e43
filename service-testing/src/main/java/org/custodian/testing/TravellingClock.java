package org.custodian.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock moved by an offset that tests set, so that months pass in milliseconds. */
public final class TravellingClock extends Clock {

    /** The clock of the service instance that a test JVM's integration tests share. */
    public static final TravellingClock SHARED = new TravellingClock();

    private volatile Duration offset = Duration.ZERO;

    /** A clock of its own, for a service instance a test starts itself. */
    public TravellingClock() {
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Moves the clock to the start (UTC) of {@code day}, plus {@code after}. */
    public void travelTo(LocalDate day, Duration after) {
        offset = Duration.between(Instant.now(), day.atStartOfDay(ZoneOffset.UTC).toInstant().plus(after));
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant(), ZoneOffset.UTC);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}

package org.custodian.release;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock moved by an offset that tests set, so that months pass in milliseconds. One per test JVM. */
public final class MutableClock extends Clock {

    public static final MutableClock INSTANCE = new MutableClock();

    private volatile Duration offset = Duration.ZERO;

    private MutableClock() {
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Moves the clock to just after the start (UTC) of {@code day}, plus {@code after}. */
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

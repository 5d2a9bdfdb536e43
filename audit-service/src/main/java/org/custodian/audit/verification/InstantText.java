package org.custodian.audit.verification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * {@code Instant#toString} as ASCII bytes, the form entries hash their times in, written straight from the
 * date's fields for years 0000 to 9999 (the formatter it replaces cost as much as hashing the entry). Other
 * years, which need a sign, go through {@code Instant#toString} itself.
 */
final class InstantText {

    private static final long FIRST = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    /** Microseconds from 1970-01-01 to 2000-01-01, the epoch of PostgreSQL's binary timestamps. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;
    private static final byte[] INFINITY = ascii("infinity");
    private static final byte[] MINUS_INFINITY = ascii("-infinity");

    private InstantText() {
    }

    /**
     * A {@code timestamptz} in PostgreSQL's binary form (microseconds since 2000-01-01 UTC). Its infinities,
     * which no appended entry has, are written as PostgreSQL names them, so they never hash as a time would.
     */
    static byte[] ofPostgres(long micros) {
        if (micros == Long.MAX_VALUE || micros == Long.MIN_VALUE) {
            return micros > 0 ? INFINITY : MINUS_INFINITY;
        }
        long epochMicros = micros + POSTGRES_EPOCH_MICROS;
        return of(Instant.ofEpochSecond(Math.floorDiv(epochMicros, 1_000_000L),
                Math.floorMod(epochMicros, 1_000_000L) * 1_000L));
    }

    static byte[] of(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST || seconds > LAST) {
            return ascii(instant.toString());
        }
        LocalDateTime utc = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        int nano = instant.getNano();
        byte[] out = new byte[30];
        int at = digits(out, 0, utc.getYear(), 4);
        out[at++] = '-';
        at = digits(out, at, utc.getMonthValue(), 2);
        out[at++] = '-';
        at = digits(out, at, utc.getDayOfMonth(), 2);
        out[at++] = 'T';
        at = digits(out, at, utc.getHour(), 2);
        out[at++] = ':';
        at = digits(out, at, utc.getMinute(), 2);
        out[at++] = ':';
        at = digits(out, at, utc.getSecond(), 2);
        if (nano != 0) {
            out[at++] = '.';
            if (nano % 1_000_000 == 0) {
                at = digits(out, at, nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                at = digits(out, at, nano / 1000, 6);
            } else {
                at = digits(out, at, nano, 9);
            }
        }
        out[at++] = 'Z';
        return Arrays.copyOf(out, at);
    }

    private static int digits(byte[] out, int at, int value, int width) {
        int rest = value;
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        return at + width;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

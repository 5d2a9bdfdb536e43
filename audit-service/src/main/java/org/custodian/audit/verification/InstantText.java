package org.custodian.audit.verification;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * {@code Instant#toString}, the form entries hash their times in, written straight from the date's
 * fields for years 0000 to 9999 (the formatter it replaces cost as much as hashing the entry). Other
 * years, which need a sign, go through {@code Instant#toString} itself.
 */
final class InstantText {

    private static final long FIRST = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

    private InstantText() {
    }

    static String of(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST || seconds > LAST) {
            return instant.toString();
        }
        LocalDateTime utc = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        int nano = instant.getNano();
        char[] out = new char[30];
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
        return new String(out, 0, at);
    }

    private static int digits(char[] out, int at, int value, int width) {
        int rest = value;
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        return at + width;
    }
}

package org.custodian.audit.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.HttpStatus;

/** Query parameters as every read endpoint of the log takes them: text in, a clear 400 {@code INVALID_QUERY} out. */
public final class QueryParameters {

    public static final String INVALID_QUERY = "INVALID_QUERY";
    private static final int MAX_ID = 1024;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    // Four-digit years: Instant.parse takes years up to a billion, which PostgreSQL cannot compare with.
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private QueryParameters() {
    }

    /** A whole number in [min, max], or {@code fallback} when absent. */
    public static long number(String name, String value, long fallback, long min, long max) {
        if (value == null) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // answered below, like a number out of range
        }
        throw invalid(name + " must be a whole number from " + min + " to " + max + ".");
    }

    /** An identifier of 1 to 1024 characters without control characters, or null when absent. */
    public static String id(String name, String value) {
        if (value != null && (value.isEmpty() || value.length() > MAX_ID)) {
            throw invalid(name + " must have 1 to " + MAX_ID + " characters.");
        }
        // PostgreSQL refuses a NUL in text outright; no identifier has control characters
        if (value != null && CONTROL.matcher(value).find()) {
            throw invalid(name + " must not contain control characters.");
        }
        return value;
    }

    /** An ISO-8601 instant ({@code 2026-11-22T10:00:00Z}) or a date (midnight UTC), or null when absent. */
    public static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        Instant instant;
        try {
            instant = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name + " must be an instant such as 2026-11-22T10:00:00Z, or a date such as 2026-11-22.");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw invalid(name + " must lie in the years 0001 to 9999.");
        }
        return instant;
    }

    /** Refuses a window that ends before it starts. */
    public static void window(Instant from, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw invalid("from must be before to.");
        }
    }

    public static RuleViolation invalid(String detail) {
        return new RuleViolation(HttpStatus.BAD_REQUEST, INVALID_QUERY, detail);
    }
}

package org.custodian.audit.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.HttpStatus;

/** Query parameters as every read endpoint of the log takes them: text in, a clear 400 {@code INVALID_QUERY} out. */
public final class QueryParameters {

    public static final String INVALID_QUERY = "INVALID_QUERY";
    private static final int MAX_ID = 1024;

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

    /** An identifier of 1 to 1024 characters, or null when absent. */
    public static String id(String name, String value) {
        if (value != null && (value.isEmpty() || value.length() > MAX_ID)) {
            throw invalid(name + " must have 1 to " + MAX_ID + " characters.");
        }
        return value;
    }

    /** An ISO-8601 instant ({@code 2026-11-22T10:00:00Z}) or a date (midnight UTC), or null when absent. */
    public static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(name + " must be an instant such as 2026-11-22T10:00:00Z, or a date such as 2026-11-22.");
        }
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

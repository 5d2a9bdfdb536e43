package org.custodian.audit.query;

import java.util.regex.Pattern;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.HttpStatus;

/** A validated read of the log: optional subject and type filters, a sequence cursor and a page size. */
record EntryQuery(String subject, String type, long after, int limit) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    static final String INVALID_QUERY = "INVALID_QUERY";

    // Type names as CloudEvents producers write them; this also keeps the type safe inside a regex.
    private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9._:/-]{1,255}");
    private static final int MAX_SUBJECT = 1024;

    static EntryQuery parse(String subject, String type, String after, String limit) {
        if (subject != null && (subject.isEmpty() || subject.length() > MAX_SUBJECT)) {
            throw invalid("subject must have 1 to " + MAX_SUBJECT + " characters.");
        }
        if (type != null && !TYPE.matcher(type).matches()) {
            throw invalid("type must be a CloudEvents type or its suffix, such as request.submitted.");
        }
        return new EntryQuery(subject, type, number("after", after, 0, 0, Long.MAX_VALUE),
                (int) number("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
    }

    /** A regular expression for the full types a suffix names, in every version: org.custodian.{suffix}.vN. */
    String typeSuffixPattern() {
        return "^org\\.custodian\\." + type.replace(".", "\\.") + "\\.v[0-9]+$";
    }

    private static long number(String name, String value, long fallback, long min, long max) {
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

    private static RuleViolation invalid(String detail) {
        return new RuleViolation(HttpStatus.BAD_REQUEST, INVALID_QUERY, detail);
    }
}

package org.custodian.contracts.vocabulary;

import java.util.List;

/** A value outside the vocabulary: the field as clients write it, the value given, and what it may be. */
public record TermViolation(String field, String value, String kind, List<String> allowed) {

    public TermViolation {
        allowed = List.copyOf(allowed);
    }

    /** A sentence for people; the allowed values are listed only while the list is short. */
    public String sentence() {
        String shown = "\"" + value + "\" in " + field + " is not " + kind;
        return allowed.size() <= 12 ? shown + " (allowed: " + String.join(", ", allowed) + ")" : shown;
    }
}

package org.custodian.request.manuscript;

import java.util.Locale;

/** How the datasets' owners review publications, from the least to the most strict. */
enum PublicationReview {
    NONE, NOTIFY, APPROVAL;

    /** Unknown or absent terms ask for nothing. */
    static PublicationReview of(String wireName) {
        if (wireName == null) {
            return NONE;
        }
        try {
            return valueOf(wireName.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return NONE;
        }
    }

    PublicationReview strictest(PublicationReview other) {
        return compareTo(other) >= 0 ? this : other;
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.custodian.release.access;

import java.util.List;

/**
 * What became of a reported use: {@code recorded_as} is the event type it was recorded as, or
 * {@code null} for a repeat of a use already recorded.
 */
record AccessReceipt(String releaseId, String accessId, String recordedAs, List<String> violations, boolean duplicate) {

    static AccessReceipt recorded(String releaseId, String accessId, List<String> violations) {
        return new AccessReceipt(releaseId, accessId, recordedAs(violations), violations, false);
    }

    static String recordedAs(List<String> violations) {
        return violations.isEmpty() ? "release.accessed" : "release.access-violated";
    }

    static AccessReceipt duplicate(String releaseId, String accessId) {
        return new AccessReceipt(releaseId, accessId, null, List.of(), true);
    }
}

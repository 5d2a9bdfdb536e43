package org.custodian.request.chatops;

import java.util.List;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.requests.Purpose;

/**
 * What reviewers are shown of a request under review: what was asked, for what, and the policy's
 * latest decision (null before one arrived). {@code requesterId} is for blinding, never for display
 * in a blinded review.
 */
public record ReviewBrief(String requestId, String requesterId, List<String> datasets, Purpose purpose,
                          List<String> fields, int durationDays, String processingCountry, String accessMode,
                          Decision decision) {

    public ReviewBrief {
        datasets = List.copyOf(datasets);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}

package org.custodian.policy.reevaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.Reason;
import org.custodian.contracts.requests.RequestSubmitted;

/**
 * A release whose period is now too long for a dataset's retention or time limit is not unlawful, only
 * too long: kept no longer than the shortest limit the policy found exceeded, it may stand. Any other
 * deny reason leaves the deny as it is.
 */
final class ShorterPeriod {

    /** The reason codes the policy gives for a period too long, and the term of the dataset each names. */
    private static final Map<String, String> LIMITS = Map.of(
            "RETENTION_EXCEEDED", "retention_max_days",
            "TIME_LIMIT_EXCEEDED", "time_limit_days");

    private ShorterPeriod() {
    }

    /** The days the release may still be kept, when a period too long is the decision's only deny reason. */
    static Optional<Integer> within(Decision decision, ObjectNode terms) {
        if (decision.outcome() != Outcome.DENY || decision.reasons().isEmpty()
                || !decision.reasons().stream().allMatch(reason -> LIMITS.containsKey(reason.code()))) {
            return Optional.empty();
        }
        OptionalInt shortest = OptionalInt.empty();
        for (Reason reason : decision.reasons()) {
            JsonNode limit = reason.dataset() == null ? null : terms.path(reason.dataset()).get(LIMITS.get(reason.code()));
            if (limit == null || !limit.canConvertToInt()) {
                return Optional.empty();
            }
            shortest = OptionalInt.of(Math.min(limit.intValue(), shortest.orElse(Integer.MAX_VALUE)));
        }
        return Optional.of(shortest.getAsInt());
    }

    static RequestSubmitted of(RequestSubmitted submitted, int days) {
        return new RequestSubmitted(submitted.requestId(), submitted.researcherId(), submitted.datasets(),
                submitted.purpose(), submitted.fields(), days, submitted.processingCountry(), submitted.accessMode(),
                submitted.publisherRetentionYears());
    }
}

package org.custodian.release.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** What became of each use of a batch, in the order they were sent. */
record AccessBatchReceipt(String releaseId, int recorded, int duplicates, int refused, List<Result> results) {

    static AccessBatchReceipt of(String releaseId, List<AccessOutcome> outcomes) {
        List<Result> results = outcomes.stream().map(Result::of).toList();
        return new AccessBatchReceipt(releaseId, count(results, Result.RECORDED), count(results, Result.DUPLICATE),
                count(results, Result.REFUSED), results);
    }

    private static int count(List<Result> results, String status) {
        return (int) results.stream().filter(result -> result.status().equals(status)).count();
    }

    /**
     * One use: {@code recorded} (as {@code recorded_as}, with its violations), {@code duplicate} (an id
     * already recorded), or {@code refused} with the {@code code} and {@code detail} a single report would get.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Result(String accessId, String status, String recordedAs, List<String> violations, String code, String detail) {

        static final String RECORDED = "recorded";
        static final String DUPLICATE = "duplicate";
        static final String REFUSED = "refused";

        static Result of(AccessOutcome outcome) {
            if (outcome.refusal() != null) {
                return new Result(outcome.accessId(), REFUSED, null, null, outcome.refusal().code(),
                        outcome.refusal().getMessage());
            }
            if (outcome.isDuplicate()) {
                return new Result(outcome.accessId(), DUPLICATE, null, null, null, null);
            }
            return new Result(outcome.accessId(), RECORDED, AccessReceipt.recordedAs(outcome.violations()),
                    outcome.violations(), null, null);
        }
    }
}

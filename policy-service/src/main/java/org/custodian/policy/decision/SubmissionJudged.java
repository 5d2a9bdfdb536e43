package org.custodian.policy.decision;

import java.time.Instant;
import org.custodian.contracts.requests.RequestSubmitted;

/** A submitted version was judged: its decision and the time it was judged at. */
public record SubmissionJudged(RequestSubmitted submitted, String decisionId, Instant judgedAt) {
}

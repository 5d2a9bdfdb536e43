package org.custodian.policy.reevaluation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.policy.catalog.Datasets;
import org.custodian.policy.decision.PolicyInputs;
import org.custodian.policy.engine.PolicyEngine;
import org.springframework.stereotype.Component;

/**
 * Judges a live release as it was released (invariant 10): the approved version, at the time its decision
 * judged at, so its erase-by date can only stay or come earlier. A dataset's retention or time limit
 * shortened below the release's period shortens the period instead of denying the release.
 */
@Component
public class ReleaseJudge {

    private final PolicyInputs inputs;
    private final Datasets datasets;

    ReleaseJudge(PolicyInputs inputs, Datasets datasets) {
        this.inputs = inputs;
        this.datasets = datasets;
    }

    /** {@code otherwiseAt} is the time to judge a request approved before its judgement time was kept. */
    public Decision judge(LiveRelease release, Instant otherwiseAt, PolicyEngine engine) {
        Instant judgedAt = release.judgedAt() == null ? otherwiseAt : release.judgedAt();
        RequestSubmitted submission = release.submission();
        ObjectNode terms = datasets.termsOf(submission.datasets());
        Decision decision = engine.decide(inputs.of(submission, judgedAt), terms);
        return ShorterPeriod.within(decision, terms)
                .map(days -> engine.decide(inputs.of(ShorterPeriod.of(submission, days), judgedAt), terms))
                .orElse(decision);
    }
}

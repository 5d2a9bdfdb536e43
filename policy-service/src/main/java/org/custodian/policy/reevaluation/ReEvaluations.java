package org.custodian.policy.reevaluation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.policy.catalog.Change;
import org.custodian.policy.catalog.CredentialsChanged;
import org.custodian.policy.catalog.DatasetChanged;
import org.custodian.policy.catalog.Datasets;
import org.custodian.policy.decision.PolicyInputs;
import org.custodian.policy.decision.ReEvaluateDecision;
import org.custodian.policy.engine.PolicyEngine;
import org.custodian.support.events.ActingCommands;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Judges every live release a change touches again, as it was released (invariant 10): the approved
 * version, at the time its decision judged at, so its erase-by date can only stay or come earlier. A
 * dataset's retention or time limit shortened below the release's period shortens the period instead
 * of revoking the release.
 */
@Service
public class ReEvaluations {

    private final LiveRequests live;
    private final PolicyInputs inputs;
    private final Datasets datasets;
    private final PolicyEngine engine;
    private final CommandGateway commands;

    ReEvaluations(LiveRequests live, PolicyInputs inputs, Datasets datasets, PolicyEngine engine, CommandGateway commands) {
        this.live = live;
        this.inputs = inputs;
        this.datasets = datasets;
        this.engine = engine;
        this.commands = commands;
    }

    // Announced synchronously in the transaction that recorded the change, so the change and its consequences commit together.
    @EventListener
    void on(DatasetChanged changed) {
        reEvaluate(live.approvedUsing(changed.datasetId()), changed.change());
    }

    /** The researcher's credentials changed: each of their live releases rests on them. */
    @EventListener
    void on(CredentialsChanged changed) {
        reEvaluate(live.approvedOf(changed.researcherId()), changed.change());
    }

    private void reEvaluate(List<LiveRelease> releases, Change change) {
        for (LiveRelease release : releases) {
            Decision decision = judge(release, change);
            commands.sendAndWait(ActingCommands.by("policy-service", new ReEvaluateDecision(release.submission().requestId(),
                    UUID.randomUUID().toString(), change.recordedAt(), decision, change.type(), change.eventId())));
        }
    }

    private Decision judge(LiveRelease release, Change change) {
        // A request approved before its judgement time was kept is judged at the change, as it always was.
        java.time.Instant judgedAt = release.judgedAt() == null ? change.recordedAt() : release.judgedAt();
        RequestSubmitted submission = release.submission();
        ObjectNode terms = datasets.termsOf(submission.datasets());
        Decision decision = engine.decide(inputs.of(submission, judgedAt), terms);
        return ShorterPeriod.within(decision, terms)
                .map(days -> engine.decide(inputs.of(ShorterPeriod.of(submission, days), judgedAt), terms))
                .orElse(decision);
    }
}

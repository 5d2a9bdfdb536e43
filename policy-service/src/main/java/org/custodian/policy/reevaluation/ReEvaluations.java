package org.custodian.policy.reevaluation;

import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.contracts.decisions.Decision;
import org.custodian.policy.catalog.Change;
import org.custodian.policy.catalog.CredentialsChanged;
import org.custodian.policy.catalog.DatasetChanged;
import org.custodian.policy.decision.ReEvaluateDecision;
import org.custodian.policy.engine.PolicyEngine;
import org.custodian.support.events.ActingCommands;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Judges every live release a change touches again, as it was released ({@link ReleaseJudge}), and
 * records the outcome as {@code decision.re-evaluated}.
 */
@Service
public class ReEvaluations {

    private final LiveRequests live;
    private final ReleaseJudge judge;
    private final PolicyEngine engine;
    private final CommandGateway commands;

    ReEvaluations(LiveRequests live, ReleaseJudge judge, PolicyEngine engine, CommandGateway commands) {
        this.live = live;
        this.judge = judge;
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

    /** The policy in force changed: every live release last judged under another revision is judged under it. */
    public void judgedUnderAnotherRevision(Change activation) {
        reEvaluate(live.approvedJudgedUnderAnotherRevisionThan(engine.revision()), activation);
    }

    private void reEvaluate(List<LiveRelease> releases, Change change) {
        for (LiveRelease release : releases) {
            Decision decision = judge.judge(release, change.recordedAt(), engine);
            commands.sendAndWait(ActingCommands.by("policy-service", new ReEvaluateDecision(release.submission().requestId(),
                    UUID.randomUUID().toString(), change.recordedAt(), decision, change.type(), change.eventId())));
        }
    }
}

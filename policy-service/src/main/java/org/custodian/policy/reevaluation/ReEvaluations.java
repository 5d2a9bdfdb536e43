package org.custodian.policy.reevaluation;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.policy.catalog.Datasets;
import org.custodian.policy.decision.PolicyInputs;
import org.custodian.policy.decision.ReEvaluateDecision;
import org.custodian.policy.engine.PolicyEngine;
import org.custodian.support.events.ActingCommands;
import org.springframework.stereotype.Service;

/** Judges again, at the time of the change, every approved request that uses a changed dataset. */
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

    /** Call in the transaction that recorded the change, so the change and its consequences commit together. */
    public void forDataset(String datasetId, String cause, String causeId, Instant at) {
        for (RequestSubmitted submitted : live.approvedUsing(datasetId)) {
            Decision decision = engine.decide(inputs.of(submitted, at), datasets.termsOf(submitted.datasets()));
            commands.sendAndWait(ActingCommands.by("policy-service", new ReEvaluateDecision(submitted.requestId(),
                    UUID.randomUUID().toString(), at, decision, cause, causeId)));
        }
    }
}

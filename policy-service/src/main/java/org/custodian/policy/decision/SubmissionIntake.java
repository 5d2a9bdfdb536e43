package org.custodian.policy.decision;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.InvalidEventException;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.contracts.requests.ReviewAssigned;
import org.custodian.policy.catalog.Datasets;
import org.custodian.policy.engine.PolicyEngine;
import org.custodian.support.events.ActingCommands;
import org.custodian.support.events.ConsumedEvents;
import org.custodian.support.events.InboundEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides every submission of a request, a resubmission after changes were requested included, and notes
 * which requests are approved (they may be judged again) and who may read their decisions (requester,
 * panel), once per submission event (binding {@code requestEvents}); the decision is published by the
 * outbox after this transaction commits.
 */
@Component("requestEvents")
class SubmissionIntake implements Consumer<Message<byte[]>> {

    static final String CONSUMER = "policy-service";
    static final String ACTOR = "policy-service";

    private final PolicyInputs inputs;
    private final Datasets datasets;
    private final PolicyEngine engine;
    private final CommandGateway commands;
    private final ConsumedEvents consumed;
    private final ApplicationEventPublisher judged;
    private final CatalogCatchUp catchUp;
    private final RequestAudience audience;

    SubmissionIntake(PolicyInputs inputs, Datasets datasets, PolicyEngine engine, CommandGateway commands,
                     ConsumedEvents consumed, ApplicationEventPublisher judged, CatalogCatchUp catchUp, RequestAudience audience) {
        this.audience = audience;
        this.judged = judged;
        this.catchUp = catchUp;
        this.inputs = inputs;
        this.datasets = datasets;
        this.engine = engine;
        this.commands = commands;
        this.consumed = consumed;
    }

    @Override
    @Transactional
    public void accept(Message<byte[]> message) {
        CloudEvent envelope = InboundEvents.cloudEvent(message);
        if (EventType.REQUEST_APPROVED.cloudEventType().equals(envelope.getType())) {
            judged.publishEvent((RequestApproved) GovernanceCloudEvents.decode(envelope));
            return;
        }
        if (EventType.REVIEW_ASSIGNED.cloudEventType().equals(envelope.getType())) {
            audience.assigned((ReviewAssigned) GovernanceCloudEvents.decode(envelope));
            return;
        }
        if (!EventType.REQUEST_SUBMITTED.cloudEventType().equals(envelope.getType())) {
            return;
        }
        RequestSubmitted submitted = (RequestSubmitted) GovernanceCloudEvents.decode(envelope);
        if (envelope.getTime() == null) {
            throw new InvalidEventException("Submission " + envelope.getId() + " has no time, and the policy judges at it");
        }
        if (!consumed.firstDelivery(CONSUMER, envelope.getId())) {
            return;
        }
        Instant now = envelope.getTime().toInstant();
        ObjectNode terms = datasets.termsOf(submitted.datasets());
        catchUp.require(submitted, terms, now);
        Decision decision = engine.decide(inputs.of(submitted, now), terms);
        String decisionId = decisionId(envelope.getId());
        judged.publishEvent(new SubmissionJudged(submitted, decisionId, now));
        audience.submitted(submitted);
        commands.sendAndWait(ActingCommands.by(ACTOR, new MakeDecision(submitted.requestId(), decisionId, now, decision)));
    }

    /**
     * One decision per submission event: a replayed submission names the same decision, which the request's
     * decisions already hold, while a resubmission (a new event for the same request) names a new one.
     */
    static String decisionId(String submissionEventId) {
        return UUID.nameUUIDFromBytes(("decision of submission " + submissionEventId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}

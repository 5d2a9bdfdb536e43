package org.custodian.release.release;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.ReviewAssigned;
import org.custodian.contracts.requests.ReviewStewardDecided;
import org.custodian.contracts.requests.ReviewVoteCast;
import org.custodian.release.standing.StandingRecorder;
import org.custodian.support.events.InboundEvent;
import org.custodian.support.events.InboundEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.integration.IntegrationMessageHeaderAccessor;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/**
 * Reads {@code custodian.requests.v1} (binding {@code requestEvents}): reviews and votes make up the
 * request's standing; each approval is issued or refused. A refused approval is recorded as
 * {@code release.refused} and copied to the dead-letter topic with the reason in
 * {@code x-exception-message} and {@code x-refusal-code}. A record that is not a valid event throws
 * and goes to the dead-letter topic.
 */
@Component("requestEvents")
class ApprovalIntake implements Consumer<Message<byte[]>> {

    static final String REFUSAL_CODE = "x-refusal-code";
    private static final Logger LOG = LoggerFactory.getLogger(ApprovalIntake.class);

    private final Issuance issuance;
    private final StandingRecorder standing;
    private final StreamBridge bridge;
    private final String deadLetters;
    private final int maxAttempts;

    ApprovalIntake(Issuance issuance, StandingRecorder standing, StreamBridge bridge,
                   @Value("${spring.cloud.stream.kafka.bindings.requestEvents-in-0.consumer.dlq-name}") String deadLetters,
                   @Value("${spring.cloud.stream.bindings.requestEvents-in-0.consumer.max-attempts:3}") int maxAttempts) {
        this.issuance = issuance;
        this.standing = standing;
        this.bridge = bridge;
        this.deadLetters = deadLetters;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent inbound = InboundEvents.read(message);
        if (inbound.event() instanceof ReviewAssigned assigned) {
            standing.reviewAssigned(assigned);
        } else if (inbound.event() instanceof ReviewVoteCast cast) {
            standing.voteCast(cast);
        } else if (inbound.event() instanceof ReviewStewardDecided decided) {
            standing.stewardDecided(decided);
        } else if (inbound.event() instanceof RequestApproved approval) {
            issuance.issue(inbound.id(), approval, lastAttempt(message))
                    .ifPresent(refusal -> refused(message, inbound, approval, refusal));
        }
    }

    private boolean lastAttempt(Message<byte[]> message) {
        AtomicInteger attempt = message.getHeaders().get(IntegrationMessageHeaderAccessor.DELIVERY_ATTEMPT, AtomicInteger.class);
        return attempt == null || attempt.get() >= maxAttempts;
    }

    // Refusing is a correct outcome, not a failure: retrying cannot change it, so the record is copied
    // to the dead-letter topic for an operator rather than thrown back to the binder.
    private void refused(Message<byte[]> message, InboundEvent inbound, RequestApproved approval, ReleaseRefusal refusal) {
        LOG.atWarn().addKeyValue("reason", refusal.reason()).addKeyValue("request_id", approval.requestId())
                .addKeyValue("event_id", inbound.id())
                .log("No release for request {}: {}", approval.requestId(), refusal.getMessage());
        MessageBuilder<byte[]> dead = MessageBuilder.withPayload(message.getPayload())
                .setHeader(KafkaHeaders.KEY, approval.requestId().getBytes(StandardCharsets.UTF_8))
                .setHeader("x-exception-message", refusal.getMessage())
                .setHeader(REFUSAL_CODE, refusal.reason().name());
        message.getHeaders().forEach((name, value) -> {
            if (name.startsWith("ce_") || name.equals("contentType")) {
                dead.setHeader(name, value);
            }
        });
        bridge.send(deadLetters, dead.build());
    }
}

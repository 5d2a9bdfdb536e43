package org.custodian.release.release;

import java.util.function.Consumer;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.support.events.InboundEvent;
import org.custodian.support.events.InboundEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Reads {@code custodian.requests.v1} (binding {@code requestEvents}) and issues a release for each
 * approval. A record that is not a valid event throws and goes to the dead-letter topic.
 */
@Component("requestEvents")
class ApprovalIntake implements Consumer<Message<byte[]>> {

    private static final Logger LOG = LoggerFactory.getLogger(ApprovalIntake.class);

    private final Issuance issuance;

    ApprovalIntake(Issuance issuance) {
        this.issuance = issuance;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent inbound = InboundEvents.read(message);
        if (!(inbound.event() instanceof RequestApproved approval)) {
            return;
        }
        try {
            issuance.issue(inbound.id(), approval);
        } catch (ReleaseRefusal refusal) {
            // Refusing is a correct outcome, not a failure: retrying cannot change it. Publishing it
            // as release.refused is the releases issue's work; until then the log carries it.
            LOG.atWarn().addKeyValue("reason", refusal.reason()).addKeyValue("request_id", approval.requestId())
                    .addKeyValue("event_id", inbound.id())
                    .log("No release for request {}: {}", approval.requestId(), refusal.getMessage());
        }
    }
}

package org.custodian.request.manuscript;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.function.Consumer;
import org.custodian.contracts.releases.ReleaseExpired;
import org.custodian.contracts.releases.ReleaseIssued;
import org.custodian.contracts.releases.ReleaseRefused;
import org.custodian.contracts.releases.ReleaseRevoked;
import org.custodian.support.events.ConsumedEvents;
import org.custodian.support.events.InboundEvent;
import org.custodian.support.events.InboundEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the release book from custodian.releases.v1 (binding {@code releaseEvents}), once per event id,
 * and hands each release issued or refused on to the request it concerns (a Spring event, in this transaction).
 */
@Component("releaseEvents")
class ReleaseIntake implements Consumer<Message<byte[]>> {

    static final String CONSUMER = "request-service.releases";

    private final ConsumedEvents consumed;
    private final ReleaseBook releases;
    private final ApplicationEventPublisher notices;

    ReleaseIntake(ConsumedEvents consumed, ReleaseBook releases, ApplicationEventPublisher notices) {
        this.consumed = consumed;
        this.releases = releases;
        this.notices = notices;
    }

    @Override
    @Transactional
    public void accept(Message<byte[]> message) {
        InboundEvent inbound = InboundEvents.read(message);
        if (inbound.event() instanceof ReleaseIssued issued && firstDelivery(inbound)) {
            issue(issued, inbound);
            notices.publishEvent(inbound);
        } else if (inbound.event() instanceof ReleaseRevoked revoked && firstDelivery(inbound)) {
            releases.ended(revoked.releaseId(), ReleaseBook.State.REVOKED);
        } else if (inbound.event() instanceof ReleaseExpired expired && firstDelivery(inbound)) {
            releases.ended(expired.releaseId(), ReleaseBook.State.EXPIRED);
        } else if (inbound.event() instanceof ReleaseRefused && firstDelivery(inbound)) {
            notices.publishEvent(inbound);
        }
    }

    private boolean firstDelivery(InboundEvent inbound) {
        return consumed.firstDelivery(CONSUMER, inbound.id());
    }

    private void issue(ReleaseIssued issued, InboundEvent inbound) {
        try {
            releases.issued(issued, inbound.cloudEvent().getTime() == null ? Instant.now()
                    : inbound.cloudEvent().getTime().toInstant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

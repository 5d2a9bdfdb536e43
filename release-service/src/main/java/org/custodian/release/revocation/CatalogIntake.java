package org.custodian.release.revocation;

import java.util.function.Consumer;
import org.custodian.contracts.catalog.ConsentWithdrawn;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.release.erasure.ConsentErasure;
import org.custodian.support.events.InboundEvent;
import org.custodian.support.events.InboundEvents;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Reads {@code custodian.catalog.v1} (binding {@code catalogEvents}): a researcher whose credentials
 * became inactive (offboarded by HR, say) loses every live release; a withdrawal of consent becomes
 * erasure requests on the releases holding that dataset.
 */
@Component("catalogEvents")
class CatalogIntake implements Consumer<Message<byte[]>> {

    private final AutomaticRevocation revocation;
    private final ConsentErasure erasure;

    CatalogIntake(AutomaticRevocation revocation, ConsentErasure erasure) {
        this.revocation = revocation;
        this.erasure = erasure;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent inbound = InboundEvents.read(message);
        if (inbound.event() instanceof ConsentWithdrawn withdrawal) {
            erasure.withdrawn(inbound.id(), withdrawal, inbound.actor(), inbound.onBehalfOf());
        }
        if (inbound.event() instanceof ResearcherCredentialsChanged changed && !changed.active()) {
            revocation.offboarded(inbound.id(), changed.researcherId(), "Researcher " + changed.researcherId()
                    + " is no longer active (" + (changed.reason() == null ? "credentials changed" : changed.reason()) + ").");
        }
    }
}

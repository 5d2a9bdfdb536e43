package org.custodian.release.revocation;

import java.util.function.Consumer;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.contracts.decisions.DecisionReEvaluated;
import org.custodian.release.release.ReleaseRegister;
import org.custodian.release.standing.StandingRecorder;
import org.custodian.support.events.InboundEvent;
import org.custodian.support.events.InboundEvents;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Reads {@code custodian.decisions.v1} (binding {@code decisionEvents}): every decision becomes the
 * request's latest standing, and a re-evaluation acts on its live release (see {@link AutomaticRevocation}).
 */
@Component("decisionEvents")
class DecisionIntake implements Consumer<Message<byte[]>> {

    private final StandingRecorder standing;
    private final AutomaticRevocation revocation;
    private final ReleaseRegister register;

    DecisionIntake(StandingRecorder standing, AutomaticRevocation revocation, ReleaseRegister register) {
        this.standing = standing;
        this.revocation = revocation;
        this.register = register;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent inbound = InboundEvents.read(message);
        if (inbound.event() instanceof DecisionMade made) {
            standing.decided(made.requestId(), made.decisionId(), made.decision().outcome(), made.evaluatedAt());
        } else if (inbound.event() instanceof DecisionReEvaluated again) {
            standing.decided(again.requestId(), again.decisionId(), again.decision().outcome(), again.evaluatedAt());
            register.ofRequest(again.requestId()).ifPresent(release -> revocation.reEvaluated(inbound.id(), release.id(), again));
        }
    }
}

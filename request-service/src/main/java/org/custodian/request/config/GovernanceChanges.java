package org.custodian.request.config;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.custodian.contracts.EventMetadata;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.support.events.EventPublisher;
import org.custodian.support.problem.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Publishes a governance change that lives in a table rather than the event store, naming who made it.
 * Call it inside the change's transaction: a broker that does not take the event undoes the change, so
 * nothing changes unlogged.
 */
@Component
public class GovernanceChanges {

    private final EventPublisher publisher;
    private final Clock clock;
    private final URI source;

    GovernanceChanges(EventPublisher publisher, Clock clock,
                      @Value("${custodian.events.source:/${spring.application.name}}") URI source) {
        this.publisher = publisher;
        this.clock = clock;
        this.source = source;
    }

    public void record(GovernanceEvent change, String actor) {
        try {
            publisher.publish(change, new EventMetadata(UUID.randomUUID().toString(), source, OffsetDateTime.now(clock), actor));
        } catch (RuntimeException e) {
            throw new RuleViolation(HttpStatus.SERVICE_UNAVAILABLE, "BROKER_UNAVAILABLE",
                    "The change could not be handed to the broker for the audit log; nothing was changed. Try again.");
        }
    }
}

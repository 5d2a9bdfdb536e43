package org.custodian.request.ingress;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.custodian.contracts.Topic;
import org.custodian.support.events.EventPublisher;
import org.custodian.support.problem.NulCharacterException;
import org.custodian.support.problem.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts outside events: a post is validated as a whole, its schema and the researchers and datasets
 * it names (one bad event refuses all, nothing is published), and answered per event; each new event goes to the inbound topic unchanged but for
 * its attribution: the {@code actor} extension names who posted it (whatever the sender put there),
 * {@code onbehalfof} the subject it may act for, {@code actorverifiedby} this door.
 */
@Service
class Ingress {

    private final InboundLedger ledger;
    private final EventPublisher publisher;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ActingRights rights;
    private final InboundReferences references;
    private final String door;

    Ingress(InboundLedger ledger, EventPublisher publisher, MeterRegistry meters, Clock clock, ActingRights rights,
            InboundReferences references, @Value("${custodian.events.source:/${spring.application.name}}") String door) {
        this.ledger = ledger;
        this.references = references;
        this.publisher = publisher;
        this.meters = meters;
        this.clock = clock;
        this.rights = rights;
        this.door = door;
    }

    @Transactional
    public List<Acceptance> accept(List<CloudEvent> events, String principal) {
        List<ItemProblem> unstorable = InboundValidation.nulProblems(events);
        if (!unstorable.isEmpty()) {
            count("refused", unstorable.size());
            throw new IngressRefused(HttpStatus.BAD_REQUEST, NulCharacterException.CODE, unstorable);
        }
        List<ItemProblem> problems = InboundValidation.problems(events);
        if (problems.isEmpty()) {
            problems = references.problems(events);
        }
        if (!problems.isEmpty()) {
            count("refused", problems.size());
            String code = events.size() == 1 ? problems.get(0).code() : "INVALID_BATCH";
            throw new IngressRefused(HttpStatus.UNPROCESSABLE_ENTITY, code, problems);
        }
        List<Attribution> attributions = attributions(events, principal);
        List<Acceptance> acceptances = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            acceptances.add(accept(i, events.get(i), attributions.get(i)));
        }
        return acceptances;
    }

    private List<Attribution> attributions(List<CloudEvent> events, String principal) {
        try {
            return Attribution.of(events, principal, rights);
        } catch (IngressRefused refused) {
            count("refused", events.size());
            throw refused;
        }
    }

    private Acceptance accept(int index, CloudEvent event, Attribution attribution) {
        String principal = attribution.actor();
        // PostgreSQL keeps microseconds: the first answer must equal the one a repeat reads back
        Optional<Instant> claimed = ledger.claim(event, principal, clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (claimed.isEmpty()) {
            count("duplicate", 1);
            return acceptance(index, event, Acceptance.Status.DUPLICATE, ledger.acceptedAt(event));
        }
        publish(attribution.stamp(event, door));
        count("accepted", 1);
        return acceptance(index, event, Acceptance.Status.ACCEPTED, claimed.get());
    }

    private void publish(CloudEvent event) {
        String key = event.getSubject() != null ? event.getSubject() : event.getId();
        try {
            publisher.publish(Topic.INBOUND.topicName(), key, event);
        } catch (RuntimeException e) {
            throw new RuleViolation(HttpStatus.SERVICE_UNAVAILABLE, "BROKER_UNAVAILABLE",
                    "The event could not be handed to the broker; nothing was accepted. Try again.");
        }
    }

    private static Acceptance acceptance(int index, CloudEvent event, Acceptance.Status status, Instant at) {
        return new Acceptance(index, event.getId(), event.getSource().toString(), event.getType(), status, at);
    }

    private void count(String outcome, int n) {
        meters.counter("custodian.ingress.events", "outcome", outcome).increment(n);
    }
}

package org.custodian.policy.catalog;

import io.cloudevents.CloudEvent;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.catalog.ConsentRecorded;
import org.custodian.contracts.catalog.ConsentWithdrawn;
import org.custodian.contracts.catalog.DatasetRegistered;
import org.custodian.contracts.catalog.DatasetTermsChanged;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.custodian.support.events.ConsumedEvents;
import org.custodian.support.events.InboundEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the policy's view of the catalog (terms, credentials, consent held), once per catalog event (binding {@code catalogEvents}), and
 * announces, in the same transaction, every change that can alter a live release's answer: a dataset's terms, consent
 * recorded or withdrawn for it, a researcher's credentials. request-service records every withdrawal, a
 * consent platform's included, as one catalog {@code consent.withdrawn}, so each is judged once. The
 * event's CloudEvent time (when Custodian recorded it) orders the re-evaluation; a sender's own time
 * ({@code withdrawn_at}) stays in the event. Any other type is passed over.
 */
@Component("catalogEvents")
class CatalogIntake implements Consumer<Message<byte[]>> {

    static final String CONSUMER = "policy-service";
    private static final Set<String> HANDLED = Set.of(EventType.DATASET_REGISTERED.cloudEventType(),
            EventType.DATASET_TERMS_CHANGED.cloudEventType(),
            EventType.RESEARCHER_REGISTERED.cloudEventType(), EventType.RESEARCHER_CREDENTIALS_CHANGED.cloudEventType(),
            EventType.CONSENT_RECORDED.cloudEventType(), EventType.CONSENT_WITHDRAWN.cloudEventType());

    private final Datasets datasets;
    private final Researchers researchers;
    private final Consents consents;
    private final ConsumedEvents consumed;
    private final ApplicationEventPublisher changes;

    CatalogIntake(Datasets datasets, Researchers researchers, Consents consents, ConsumedEvents consumed,
                  ApplicationEventPublisher changes) {
        this.consents = consents;
        this.changes = changes;
        this.datasets = datasets;
        this.researchers = researchers;
        this.consumed = consumed;
    }

    @Override
    @Transactional
    public void accept(Message<byte[]> message) {
        CloudEvent envelope = InboundEvents.cloudEvent(message);
        if (!HANDLED.contains(envelope.getType())) {
            return;
        }
        GovernanceEvent event = GovernanceCloudEvents.decode(envelope);
        if (!consumed.firstDelivery(CONSUMER, envelope.getId())) {
            return;
        }
        Instant at = envelope.getTime() == null ? Instant.now() : envelope.getTime().toInstant();
        Change change = new Change(envelope.getType(), envelope.getId(), at);
        if (event instanceof DatasetRegistered dataset) {
            datasets.record(dataset, at);
        } else if (event instanceof ResearcherRegistered researcher) {
            researchers.record(researcher, at);
        } else if (event instanceof ResearcherCredentialsChanged changed) {
            researchers.record(changed, at);
            changes.publishEvent(new CredentialsChanged(changed.researcherId(), change));
        } else if (event instanceof DatasetTermsChanged changed) {
            datasets.record(changed, at);
            changes.publishEvent(new DatasetChanged(changed.datasetId(), change));
        } else if (event instanceof ConsentRecorded recorded) {
            consents.record(recorded, at);
            changes.publishEvent(new DatasetChanged(recorded.datasetId(), change));
        } else if (event instanceof ConsentWithdrawn withdrawn) {
            consents.record(withdrawn, at);
            changes.publishEvent(new DatasetChanged(withdrawn.datasetId(), change));
        }
    }
}

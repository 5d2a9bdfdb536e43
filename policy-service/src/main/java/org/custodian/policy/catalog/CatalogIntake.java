package org.custodian.policy.catalog;

import io.cloudevents.CloudEvent;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.catalog.ConsentWithdrawn;
import org.custodian.contracts.catalog.DatasetRegistered;
import org.custodian.contracts.catalog.DatasetTermsChanged;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.custodian.policy.reevaluation.ReEvaluations;
import org.custodian.support.events.ConsumedEvents;
import org.custodian.support.events.InboundEvents;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the policy's view of the catalog, once per catalog event (binding {@code catalogEvents}), and has
 * approved requests judged again when a dataset's terms change or its subjects withdraw consent.
 * request-service records every withdrawal, a consent platform's included, as one catalog
 * {@code consent.withdrawn}, so each is judged once. {@code consent.recorded} says nothing the policy reads
 * (the terms carry the consent basis), and it and any other type are passed over.
 */
@Component("catalogEvents")
class CatalogIntake implements Consumer<Message<byte[]>> {

    static final String CONSUMER = "policy-service";
    private static final Set<String> HANDLED = Set.of(EventType.DATASET_REGISTERED.cloudEventType(),
            EventType.DATASET_TERMS_CHANGED.cloudEventType(),
            EventType.RESEARCHER_REGISTERED.cloudEventType(), EventType.RESEARCHER_CREDENTIALS_CHANGED.cloudEventType(),
            EventType.CONSENT_WITHDRAWN.cloudEventType());

    private final Datasets datasets;
    private final Researchers researchers;
    private final ConsumedEvents consumed;
    private final ReEvaluations reEvaluations;

    CatalogIntake(Datasets datasets, Researchers researchers, ConsumedEvents consumed, ReEvaluations reEvaluations) {
        this.reEvaluations = reEvaluations;
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
        if (event instanceof DatasetRegistered dataset) {
            datasets.record(dataset, at);
        } else if (event instanceof ResearcherRegistered researcher) {
            researchers.record(researcher, at);
        } else if (event instanceof ResearcherCredentialsChanged changed) {
            researchers.record(changed, at);
        } else if (event instanceof DatasetTermsChanged changed) {
            datasets.record(changed, at);
            reEvaluations.forDataset(changed.datasetId(), envelope.getType(), envelope.getId(), at);
        } else if (event instanceof ConsentWithdrawn withdrawn) {
            // ordered by when Custodian recorded it; the reporter's withdrawn_at stays in the event as occurred_at
            reEvaluations.forDataset(withdrawn.datasetId(), envelope.getType(), envelope.getId(), at);
        }
    }
}

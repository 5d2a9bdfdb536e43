package org.custodian.request.ingress;

import io.cloudevents.CloudEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.custodian.contracts.inbound.AccessLogged;
import org.custodian.contracts.inbound.ConsentWithdrawn;
import org.custodian.contracts.inbound.DsaSigned;
import org.custodian.contracts.inbound.InboundEvent;
import org.custodian.contracts.inbound.IrbExpired;
import org.custodian.contracts.inbound.ResearcherOffboarded;
import org.custodian.request.dataset.DatasetCatalog;
import org.custodian.request.researcher.ResearcherDirectory;
import org.springframework.stereotype.Component;

/**
 * The researchers and datasets a posted event names must be known here, or it could only fail later,
 * after the sender was told it was accepted. A release is not checked: releases are release-service's,
 * and an access to one it does not know is recorded there as a violation, which is evidence worth keeping.
 */
@Component
class InboundReferences {

    private final ResearcherDirectory researchers;
    private final DatasetCatalog catalog;

    InboundReferences(ResearcherDirectory researchers, DatasetCatalog catalog) {
        this.researchers = researchers;
        this.catalog = catalog;
    }

    /** The unknown references of events that already passed {@link InboundValidation}. */
    List<ItemProblem> problems(List<CloudEvent> events) {
        List<ItemProblem> problems = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            int index = i;
            CloudEvent event = events.get(i);
            Record data = InboundEvent.decode(event).data();
            researcher(data).filter(id -> researchers.find(id).isEmpty()).ifPresent(id -> problems.add(
                    unknown(index, event, "UNKNOWN_RESEARCHER", "researcher_id", id, "researcher")));
            dataset(data).filter(id -> catalog.find(id).isEmpty()).ifPresent(id -> problems.add(
                    unknown(index, event, "UNKNOWN_DATASET", "dataset_id", id, "dataset in the catalog")));
        }
        return problems;
    }

    private static ItemProblem unknown(int index, CloudEvent event, String code, String field, String value, String what) {
        String shown = value.length() > 64 ? value.substring(0, 64) + "…" : value;
        return new ItemProblem(index, event.getId(), code,
                "data." + field + " names " + shown + ", which is not a registered " + what + ".", "data." + field, value);
    }

    private static Optional<String> researcher(Record data) {
        if (data instanceof IrbExpired irb) {
            return Optional.of(irb.researcherId());
        }
        if (data instanceof DsaSigned dsa) {
            return Optional.of(dsa.researcherId());
        }
        if (data instanceof ResearcherOffboarded left) {
            return Optional.of(left.researcherId());
        }
        return data instanceof AccessLogged access ? Optional.ofNullable(access.researcherId()) : Optional.empty();
    }

    private static Optional<String> dataset(Record data) {
        if (data instanceof ConsentWithdrawn withdrawn) {
            return Optional.of(withdrawn.datasetId());
        }
        return data instanceof AccessLogged access ? Optional.ofNullable(access.datasetId()) : Optional.empty();
    }
}

package org.custodian.request.ingress;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.inbound.InboundType;

/** Checks each posted event against the registered inbound types and their JSON Schemas. */
final class InboundValidation {

    private InboundValidation() {
    }

    static List<ItemProblem> problems(List<CloudEvent> events) {
        List<ItemProblem> problems = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            problem(i, events.get(i)).ifPresent(problems::add);
        }
        return problems;
    }

    private static Optional<ItemProblem> problem(int index, CloudEvent event) {
        Optional<InboundType> type = InboundType.fromCloudEventType(event.getType());
        if (type.isEmpty()) {
            return Optional.of(new ItemProblem(index, event.getId(), "UNKNOWN_EVENT_TYPE",
                    "Unknown type " + event.getType() + "; accepted: " + InboundType.cloudEventTypes() + "."));
        }
        Optional<JsonNode> data = jsonData(event);
        if (data.isEmpty()) {
            return Optional.of(new ItemProblem(index, event.getId(), "SCHEMA_VIOLATION", "The data is missing or not JSON."));
        }
        List<String> violations = type.get().violations(data.get());
        return violations.isEmpty() ? Optional.empty() : Optional.of(new ItemProblem(index, event.getId(),
                "SCHEMA_VIOLATION", String.join("; ", violations)));
    }

    private static Optional<JsonNode> jsonData(CloudEvent event) {
        if (event.getData() == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(ContractJson.mapper().readTree(event.getData().toBytes()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

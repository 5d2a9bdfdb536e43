package org.custodian.contracts.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import java.io.IOException;
import java.util.List;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.GovernanceCloudEvents;

/** An outside event checked against its registered type and schema: the same check at the HTTP door and in every consumer. */
public record InboundEvent(InboundType type, Record data, CloudEvent cloudEvent) {

    public static InboundEvent decode(CloudEvent event) {
        InboundType type = InboundType.fromCloudEventType(event.getType()).orElseThrow(() ->
                new InvalidInboundEventException("UNKNOWN_EVENT_TYPE",
                        "Unknown type " + event.getType() + "; accepted: " + InboundType.cloudEventTypes() + "."));
        JsonNode data = json(event);
        List<String> violations = type.violations(data);
        if (!violations.isEmpty()) {
            throw new InvalidInboundEventException("SCHEMA_VIOLATION", String.join("; ", violations));
        }
        return new InboundEvent(type, type.read(data), event);
    }

    /** Outside events are unique by CloudEvents (source, id): the key a consumer deduplicates by. */
    public String deliveryKey() {
        return cloudEvent.getSource() + " " + cloudEvent.getId();
    }

    /** Who acted: the {@code actor} extension, or else the system that sent it. */
    public String actor() {
        Object actor = cloudEvent.getExtension(GovernanceCloudEvents.ACTOR_EXTENSION);
        return actor != null ? actor.toString() : cloudEvent.getSource().toString();
    }

    private static JsonNode json(CloudEvent event) {
        try {
            JsonNode data = event.getData() == null ? null : ContractJson.mapper().readTree(event.getData().toBytes());
            if (data == null) {
                throw new InvalidInboundEventException("SCHEMA_VIOLATION", "The data is missing.");
            }
            return data;
        } catch (IOException e) {
            throw new InvalidInboundEventException("SCHEMA_VIOLATION", "The data is not JSON.");
        }
    }
}

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

    /** Who acted, by {@link #actorOf(CloudEvent)}. */
    public String actor() {
        return actorOf(cloudEvent);
    }

    /** On whose behalf the actor said it acted, by {@link #claimOf(CloudEvent)}; null when it made no claim. */
    public String onBehalfOf() {
        return claimOf(cloudEvent);
    }

    /**
     * The authenticated principal (docs/adr/007-attribution.md): the {@code actor} the HTTP door set when it
     * verified the sender; for an event produced straight to the topic, the producing system, its {@code source}.
     */
    public static String actorOf(CloudEvent event) {
        String actor = extension(event, GovernanceCloudEvents.ACTOR_EXTENSION);
        return verified(event) && actor != null ? actor : event.getSource().toString();
    }

    /**
     * The subject the sender claimed to act for: as the door allowed it, or (for an event produced straight
     * to the topic) whatever {@code onbehalfof} or {@code actor} it carries other than its source, unverified.
     */
    public static String claimOf(CloudEvent event) {
        String onBehalfOf = extension(event, GovernanceCloudEvents.ON_BEHALF_OF_EXTENSION);
        if (verified(event)) {
            return onBehalfOf;
        }
        String claim = onBehalfOf != null ? onBehalfOf : extension(event, GovernanceCloudEvents.ACTOR_EXTENSION);
        return claim == null || claim.equals(event.getSource().toString()) ? null : claim;
    }

    private static boolean verified(CloudEvent event) {
        return extension(event, GovernanceCloudEvents.ACTOR_VERIFIED_BY_EXTENSION) != null;
    }

    private static String extension(CloudEvent event, String name) {
        Object value = event.getExtension(name);
        return value == null ? null : value.toString();
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

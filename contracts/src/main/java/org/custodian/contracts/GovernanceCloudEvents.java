package org.custodian.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.io.IOException;
import java.util.List;

/** Turns governance events into CloudEvents 1.0 and back, validating data against its JSON Schema. */
public final class GovernanceCloudEvents {

    public static final String ACTOR_EXTENSION = "actor";
    /** The subject an authorised integration said it acted for; never replaces {@link #ACTOR_EXTENSION}. */
    public static final String ON_BEHALF_OF_EXTENSION = "onbehalfof";
    /**
     * Set on an inbound event by the door that authenticated its sender (the value names that door): only
     * then is its {@link #ACTOR_EXTENSION} the authenticated principal rather than a claim.
     */
    public static final String ACTOR_VERIFIED_BY_EXTENSION = "actorverifiedby";
    public static final String JSON = "application/json";

    private GovernanceCloudEvents() {
    }

    public static CloudEvent encode(GovernanceEvent event, EventMetadata metadata) {
        EventType type = EventType.of(event);
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(metadata.id())
                .withSource(metadata.source())
                .withType(type.cloudEventType())
                .withSubject(event.subject())
                .withTime(metadata.time())
                .withDataContentType(JSON)
                .withExtension(ACTOR_EXTENSION, metadata.actor())
                .withData(toJson(event));
        if (metadata.onBehalfOf() != null) {
            builder.withExtension(ON_BEHALF_OF_EXTENSION, metadata.onBehalfOf());
        }
        return builder.build();
    }

    /** The typed event inside a CloudEvent; refuses unknown types and data that breaks the schema. */
    public static GovernanceEvent decode(CloudEvent cloudEvent) {
        EventType type = EventType.fromCloudEventType(cloudEvent.getType())
                .orElseThrow(() -> new InvalidEventException("Unknown event type " + cloudEvent.getType()));
        JsonNode data = readData(cloudEvent);
        List<String> violations = EventSchemas.violations(type, data);
        if (!violations.isEmpty()) {
            throw new InvalidEventException(type.cloudEventType() + " violates its schema: " + violations);
        }
        try {
            return ContractJson.mapper().treeToValue(data, type.recordType());
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("Unreadable data for " + type.cloudEventType(), e);
        }
    }

    public static String actor(CloudEvent cloudEvent) {
        Object actor = cloudEvent.getExtension(ACTOR_EXTENSION);
        return actor == null ? null : actor.toString();
    }

    public static String onBehalfOf(CloudEvent cloudEvent) {
        Object claim = cloudEvent.getExtension(ON_BEHALF_OF_EXTENSION);
        return claim == null ? null : claim.toString();
    }

    private static JsonNode readData(CloudEvent cloudEvent) {
        if (cloudEvent.getData() == null) {
            throw new InvalidEventException("Event " + cloudEvent.getId() + " has no data");
        }
        try {
            return ContractJson.mapper().readTree(cloudEvent.getData().toBytes());
        } catch (IOException e) {
            throw new InvalidEventException("Event " + cloudEvent.getId() + " data is not JSON", e);
        }
    }

    private static byte[] toJson(GovernanceEvent event) {
        try {
            return ContractJson.mapper().writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + event.getClass().getSimpleName(), e);
        }
    }
}

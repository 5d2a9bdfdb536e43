package org.custodian.contracts.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.EventType;
import org.custodian.contracts.Topic;

/** The event catalogue as Markdown: per topic, each event type with its description and fields, from the JSON Schemas. */
final class EventCatalogue {

    private EventCatalogue() {
    }

    static String markdown() {
        StringBuilder out = new StringBuilder("""
                # Event catalogue

                Generated from `contracts` (`EventType` and the JSON Schemas in
                `contracts/src/main/resources/schemas/`) by `EventCatalogueTest`; do not edit by hand.
                Every event is a CloudEvent 1.0 in Kafka binary mode: `ce_id` (unique), `ce_source`,
                `ce_type`, `ce_time` (Custodian's clock), `ce_subject`, and the extension `ce_actor` (the
                authenticated principal who acted); `ce_onbehalfof` only where an integration may act for
                someone and said so. The data is JSON in snake_case.
                """);
        for (Topic topic : Topic.values()) {
            List<EventType> types = typesOf(topic);
            if (!types.isEmpty()) {
                out.append("\n## `").append(topic.topicName()).append("`\n");
                types.forEach(type -> section(out, type));
            }
        }
        return out.toString();
    }

    private static List<EventType> typesOf(Topic topic) {
        List<EventType> types = new ArrayList<>();
        for (EventType type : EventType.values()) {
            if (type.topic() == topic) {
                types.add(type);
            }
        }
        return types;
    }

    private static void section(StringBuilder out, EventType type) {
        JsonNode schema = schema(type);
        out.append("\n### `").append(type.cloudEventType()).append("`\n\n")
                .append(text(schema.path("description"))).append("\n\n")
                .append("Record `").append(type.recordType().getSimpleName()).append("`, schema `")
                .append(type.schemaPath()).append("`.\n\n")
                .append("| field | type | required | description |\n|---|---|---|---|\n");
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        schema.path("properties").fields().forEachRemaining(field -> out.append("| `").append(field.getKey())
                .append("` | ").append(typeOf(field.getValue())).append(" | ")
                .append(required.contains(field.getKey()) ? "yes" : "no").append(" | ")
                .append(text(field.getValue().path("description"))).append(" |\n"));
    }

    private static String typeOf(JsonNode property) {
        JsonNode type = property.path("type");
        String name = type.isArray() ? joined(type) : type.asText(property.has("$ref") ? "object" : "any");
        if (property.has("format")) {
            name += " (" + property.path("format").asText() + ")";
        }
        if (property.has("enum")) {
            name += ": " + joined(property.path("enum"));
        }
        if ("array".equals(name) && property.path("items").has("type")) {
            name = "array of " + property.path("items").path("type").asText();
        }
        return name;
    }

    private static String joined(JsonNode values) {
        List<String> texts = new ArrayList<>();
        values.forEach(value -> texts.add(value.asText()));
        return String.join(" \\| ", texts);
    }

    private static String text(JsonNode description) {
        return description.asText("").replace("\n", " ").replace("|", "\\|");
    }

    private static JsonNode schema(EventType type) {
        try (InputStream in = EventType.class.getClassLoader().getResourceAsStream(type.schemaPath())) {
            return ContractJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

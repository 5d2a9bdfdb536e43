package org.custodian.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The JSON Schema of each event type's data, loaded once from {@code schemas/} on the classpath. */
public final class EventSchemas {

    private static final Map<EventType, JsonSchema> SCHEMAS = load();

    private EventSchemas() {
    }

    public static List<String> violations(EventType type, JsonNode data) {
        return SCHEMAS.get(type).validate(data).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static Map<EventType, JsonSchema> load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        Map<EventType, JsonSchema> schemas = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(type.schemaPath())) {
                if (in == null) {
                    throw new IllegalStateException("No schema at " + type.schemaPath());
                }
                schemas.put(type, factory.getSchema(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schemas;
    }
}

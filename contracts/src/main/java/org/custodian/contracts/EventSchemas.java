package org.custodian.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The JSON Schema of each event type's data, loaded once from {@code schemas/} on the classpath. */
public final class EventSchemas {

    /** Draft 2020-12, knowing our own annotation {@code x-personal} (a field holding personal data). */
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                    .keyword(new NonValidationKeyword("x-personal")).build()));
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final Map<EventType, List<String>> PERSONAL = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    public static List<String> violations(EventType type, JsonNode data) {
        return violations(type.schemaPath(), data);
    }

    /** What is wrong with {@code data} by the schema at a classpath location, sorted; empty when valid. */
    public static List<String> violations(String schemaPath, JsonNode data) {
        return SCHEMAS.computeIfAbsent(schemaPath, EventSchemas::load).validate(data).stream()
                .map(ValidationMessage::getMessage).sorted().toList();
    }

    /** The members of an event type's data that hold personal data: the properties its schema marks {@code "x-personal": true}. */
    public static List<String> personalFields(EventType type) {
        return PERSONAL.computeIfAbsent(type, EventSchemas::markedPersonal);
    }

    private static List<String> markedPersonal(EventType type) {
        List<String> fields = new ArrayList<>();
        SCHEMAS.computeIfAbsent(type.schemaPath(), EventSchemas::load).getSchemaNode().path("properties").fields()
                .forEachRemaining(property -> {
                    if (property.getValue().path("x-personal").asBoolean(false)) {
                        fields.add(property.getKey());
                    }
                });
        return List.copyOf(fields);
    }

    private static JsonSchema load(String path) {
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No schema at " + path);
            }
            return FACTORY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

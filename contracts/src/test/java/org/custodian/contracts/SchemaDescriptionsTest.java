package org.custodian.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.custodian.contracts.SchemaProperties.Property;
import org.custodian.contracts.inbound.InboundType;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas are the reference integrators read: every property of every schema on the classpath,
 * however deeply nested, says what it holds; and a field holding a person's personal data says so with
 * {@code "x-personal": true}.
 */
class SchemaDescriptionsTest {

    @Test
    void everyPropertyOfEverySchemaHasADescription() {
        List<String> undescribed = SchemaProperties.all().stream()
                .filter(property -> !described(property.schema())).map(Property::where).toList();

        assertThat(undescribed).as("properties without a description (schema file#JSON pointer)").isEmpty();
    }

    @Test
    void theWalkFindsEveryEventAndInboundSchema() {
        Set<String> expected = Stream.concat(
                        Arrays.stream(EventType.values()).map(EventType::schemaPath),
                        Arrays.stream(InboundType.values()).map(InboundType::schemaPath))
                .map(path -> path.substring("schemas/".length())).collect(Collectors.toSet());

        assertThat(SchemaProperties.files()).containsAll(expected);
    }

    @Test
    void anUndescribedPropertyIsNamedByFileAndPointerAtAnyDepth() throws Exception {
        JsonNode schema = ContractJson.mapper().readTree("""
                {"type": "object", "properties": {
                   "described": {"description": "Yes.", "type": "string"},
                   "blank": {"description": "  ", "type": "string"},
                   "list": {"description": "A list.", "type": "array", "items": {"type": "object",
                            "properties": {"inner": {"type": "string"}}}},
                   "either": {"description": "One of two.", "anyOf": [{"type": "object",
                              "properties": {"a/b": {"type": "string"}}}, {"type": "null"}]}},
                 "$defs": {"shared": {"type": "object", "properties": {"deep": {"type": "integer"}}}},
                 "if": {"properties": {"described": {"const": "x"}}}}
                """);

        List<String> undescribed = SchemaProperties.of("sample.v1.json", schema).stream()
                .filter(property -> !described(property.schema())).map(Property::where).toList();

        assertThat(undescribed).containsExactlyInAnyOrder(
                "sample.v1.json#/properties/blank",
                "sample.v1.json#/properties/list/items/properties/inner",
                "sample.v1.json#/properties/either/anyOf/0/properties/a~1b",
                "sample.v1.json#/$defs/shared/properties/deep",
                "sample.v1.json#/if/properties/described");
    }

    @Test
    void personalFieldsAreMarkedAndTheMarkerIsAlwaysTrue() {
        List<Property> marked = personal();

        assertThat(marked).allSatisfy(property -> assertThat(property.schema().get("x-personal").isBoolean()
                && property.schema().get("x-personal").booleanValue()).as(property.where()).isTrue());
        assertThat(marked).extracting(Property::where).contains(
                "researcher.registered.v1.json#/properties/name",
                "researcher.registered.v1.json#/properties/slack_user_id",
                "researcher.credentials-changed.v1.json#/properties/slack_user_id");
    }

    @Test
    void pseudonymousIdsAreNotMarkedPersonal() {
        List<String> markedIds = personal().stream().map(Property::pointer)
                .filter(pointer -> pointer.endsWith("_id") && !pointer.endsWith("slack_user_id")).toList();

        assertThat(markedIds).isEmpty();
    }

    private static List<Property> personal() {
        return SchemaProperties.all().stream().filter(property -> property.schema().has("x-personal")).toList();
    }

    private static boolean described(JsonNode schema) {
        return schema.path("description").isTextual() && !schema.path("description").asText().isBlank();
    }
}

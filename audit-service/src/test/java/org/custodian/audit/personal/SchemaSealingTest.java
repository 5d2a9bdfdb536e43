package org.custodian.audit.personal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.custodian.contracts.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every field a contract schema marks personal is one the audit log seals: read from the schema files
 * themselves, so a personal field added to an event under any name is sealed or this fails.
 */
class SchemaSealingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyMarkedPersonalFieldOfEveryEventTypeIsSealed(EventType type) throws IOException {
        List<String> marked = markedPersonal(type);

        assertThat(PersonalFields.of(type.cloudEventType())).containsExactlyInAnyOrderElementsOf(marked);
        if (!marked.isEmpty()) {
            assertThat(type.recordType().getRecordComponents()).as("the person the fields belong to is named")
                    .anyMatch(component -> component.getName().equals("researcherId"));
        }
    }

    private static List<String> markedPersonal(EventType type) throws IOException {
        try (InputStream in = EventType.class.getClassLoader().getResourceAsStream(type.schemaPath())) {
            JsonNode properties = JSON.readTree(in).path("properties");
            List<String> marked = new ArrayList<>();
            properties.fields().forEachRemaining(field -> {
                if (field.getValue().path("x-personal").asBoolean(false)) {
                    marked.add(field.getKey());
                }
            });
            return marked;
        }
    }
}

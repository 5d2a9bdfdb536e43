package org.custodian.request.dataset;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custodian.contracts.vocabulary.Vocabulary;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The vocabulary as enums in the OpenAPI document, on the properties of terms, committees and requests that hold its values. */
@Configuration(proxyBeanMethods = false)
class VocabularyOpenApi {

    /** springdoc names properties as Java does, whatever the wire's naming; the vocabulary names them as the wire does. */
    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
    private static final Set<String> BODIES = Set.of("DatasetTerms", "SubmitRequestBody", "PurposeBody", "CommitteeBody",
            "RegisterResearcherBody", "CredentialsBody");

    @Bean
    OpenApiCustomizer vocabularyEnums() {
        Map<String, List<String>> byProperty = new HashMap<>();
        Vocabulary.standard().tables().values().forEach(table -> table.fields().forEach(field ->
                byProperty.put(field.substring(field.lastIndexOf('.') + 1), table.codes())));
        byProperty.put("voting", CommitteeBody.VOTING_RULES.codes());
        return api -> api.getComponents().getSchemas().forEach((name, body) -> {
            if (BODIES.contains(name) && body.getProperties() != null) {
                properties(body).forEach((property, schema) -> restrict(schema, byProperty.get(SNAKE_CASE.translate(property))));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Schema<?>> properties(Schema<?> body) {
        return (Map<String, Schema<?>>) (Map<String, ?>) body.getProperties();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void restrict(Schema schema, List<String> codes) {
        if (codes != null) {
            (schema.getItems() != null ? schema.getItems() : schema).setEnum(codes);
        }
    }
}

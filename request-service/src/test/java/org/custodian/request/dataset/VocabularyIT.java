package org.custodian.request.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariant 9: terms and requests hold only values the policy knows. Anything else is refused with 422
 * naming the field, the value and the allowed values, and nothing is stored.
 */
class VocabularyIT extends RequestServiceIntegration {

    private static final String RESEARCHER = TestTokens.token("r-vocabulary", "researcher");

    private String dataset;

    @BeforeEach
    void registered() {
        dataset = "ds-vocab-" + UUID.randomUUID().toString().substring(0, 8);
        registerDataset(dataset, List.of("DUO:0000006"), "auto");
        if (api.get("/api/researchers/r-vocabulary", STEWARD).status() == 404) {
            registerResearcher("r-vocabulary");
        }
    }

    /** A term, a value the policy does not know there, the field named in the problem and one value allowed there. */
    static Stream<Arguments> badTerms() {
        return Stream.of(
                Arguments.of("regimes", List.of("GDRP"), "regimes[0]", "GDRP", "GDPR"),
                Arguments.of("regimes", List.of("GDPR", "gdpr"), "regimes[1]", "gdpr", "GDPR"),
                Arguments.of("access_modes", List.of("ftp"), "access_modes[0]", "ftp", "secure_enclave"),
                Arguments.of("permitted_uses", List.of("DUO:9999999"), "permitted_uses[0]", "DUO:9999999", "DUO:0000042"),
                Arguments.of("permitted_uses", List.of("DUO:0000046"), "permitted_uses[0]", "DUO:0000046", "DUO:0000006"),
                Arguments.of("modifiers", List.of("DUO:0000006"), "modifiers[0]", "DUO:0000006", "DUO:0000046"),
                Arguments.of("home_country", "de", "home_country", "de", "DE"),
                Arguments.of("processing_countries", List.of("DE", "UK"), "processing_countries[1]", "UK", "GB"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badTerms")
    void registrationWithAnUnknownTermIsRefusedAndStoresNothing(String term, Object value, String field, String shown,
                                                                String allowed) {
        String id = "ds-refused-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(dataset(id, List.of("DUO:0000006"), "auto"));
        body.put("terms", withTerm(term, value));
        long before = storedEvents();

        HttpApi.Response response = api.post("/api/datasets", STEWARD, HttpApi.json(body));

        assertUnknownTerm(response, "terms." + field, shown, allowed);
        assertThat(api.get("/api/datasets/" + id, STEWARD).status()).isEqualTo(404);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badTerms")
    void aTermsChangeWithAnUnknownTermIsRefusedAndChangesNothing(String term, Object value, String field, String shown,
                                                                String allowed) {
        JsonNode termsBefore = api.get("/api/datasets/" + dataset, STEWARD).json().get("terms");
        long before = storedEvents();

        HttpApi.Response response = api.put("/api/datasets/" + dataset + "/terms", STEWARD, HttpApi.json(withTerm(term, value)));

        assertUnknownTerm(response, field, shown, allowed);
        JsonNode after = api.get("/api/datasets/" + dataset, STEWARD).json();
        assertThat(after.get("terms_version").asInt()).isEqualTo(1);
        assertThat(after.get("terms")).isEqualTo(termsBefore);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void everyUnknownTermIsListed() {
        Map<String, Object> terms = withTerm("regimes", List.of("GDRP"));
        terms.put("access_modes", List.of("ftp"));

        HttpApi.Response response = api.put("/api/datasets/" + dataset + "/terms", STEWARD, HttpApi.json(terms));

        assertThat(response.status()).as(response.raw()).isEqualTo(422);
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactly("regimes[0]", "access_modes[0]");
        assertThat(response.json().get("detail").asText())
                .isEqualTo("\"GDRP\" in regimes[0] is not a legal regime the policy enforces (allowed: GDPR, FERPA); "
                        + "\"ftp\" in access_modes[0] is not an access mode (allowed: download, secure_enclave, aggregate_api).");
    }

    /** A request value outside the vocabulary, the field named, and one value allowed there. */
    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("processing_country", "de", "processing_country", "DE"),
                Arguments.of("processing_country", "XX", "processing_country", "DE"),
                Arguments.of("access_mode", "ftp", "access_mode", "download"),
                Arguments.of("fields", List.of("age_band", "ssn"), "fields[1]", "hba1c"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badRequests")
    void aRequestWithAnUnknownTermIsRefusedAndStoresNothing(String key, Object value, String field, String allowed) {
        Map<String, Object> body = new HashMap<>(request(dataset));
        body.put(key, value);
        long before = storedEvents();

        HttpApi.Response response = api.post("/api/requests", RESEARCHER, HttpApi.json(body));

        assertUnknownTerm(response, field, value instanceof List<?> list ? (String) list.get(1) : (String) value, allowed);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aModifierIsNoResearchPurpose() {
        Map<String, Object> body = new HashMap<>(request(dataset));
        body.put("purpose", Map.of("codes", List.of("DUO:0000046"), "statement", "Is X linked to Y?"));

        assertUnknownTerm(api.post("/api/requests", RESEARCHER, HttpApi.json(body)), "purpose.codes[0]", "DUO:0000046", "DUO:0000006");
    }

    @Test
    void anyRoleReadsTheVocabularyTheFormsAreBuiltFrom() {
        HttpApi.Response response = api.get("/api/vocabulary", RESEARCHER);

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        JsonNode vocabulary = response.json();
        assertThat(vocabulary.at("/regimes/terms").findValuesAsText("code")).containsExactly("GDPR", "FERPA");
        assertThat(texts(vocabulary.at("/regimes/fields"))).containsExactly("regimes");
        assertThat(vocabulary.at("/duo_permissions/terms").findValuesAsText("code")).hasSize(5).contains("DUO:0000006");
        assertThat(vocabulary.at("/duo_modifiers/terms").findValuesAsText("label")).contains("NCU", "IRB");
        assertThat(texts(vocabulary.at("/access_modes/fields"))).containsExactly("access_modes", "access_mode");
        assertThat(vocabulary.at("/countries/terms")).hasSize(249);
        assertThat(api.get("/api/vocabulary", null).status()).isEqualTo(401);
    }

    /** The document names properties as Java does (homeCountry); the enums are there whatever the naming. */
    @Test
    void theOpenApiDocumentOffersTheVocabularyAsEnums() {
        JsonNode schemas = api.get("/v3/api-docs", null).json().at("/components/schemas");

        assertThat(texts(schemas.at("/DatasetTerms/properties/regimes/items/enum"))).containsExactly("GDPR", "FERPA");
        assertThat(texts(schemas.at("/DatasetTerms/properties/modifiers/items/enum"))).hasSize(15);
        assertThat(texts(schemas.at("/DatasetTerms/properties/permittedUses/items/enum"))).hasSize(5);
        assertThat(texts(schemas.at("/DatasetTerms/properties/homeCountry/enum"))).hasSize(249);
        assertThat(texts(schemas.at("/DatasetTerms/properties/processingCountries/items/enum"))).hasSize(249);
        assertThat(texts(schemas.at("/SubmitRequestBody/properties/accessMode/enum")))
                .containsExactly("download", "secure_enclave", "aggregate_api");
        assertThat(texts(schemas.at("/PurposeBody/properties/codes/items/enum"))).hasSize(5);
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> withTerm(String term, Object value) {
        Map<String, Object> terms = new HashMap<>((Map<String, Object>) dataset(dataset, List.of("DUO:0000006"), "auto").get("terms"));
        terms.put(term, value);
        return terms;
    }

    private static void assertUnknownTerm(HttpApi.Response response, String field, String value, String allowed) {
        assertThat(response.status()).as(response.raw()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo("UNKNOWN_TERM");
        JsonNode error = response.json().at("/errors/0");
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("value").asText()).isEqualTo(value);
        assertThat(texts(error.get("allowed"))).contains(allowed).doesNotContain(value);
        assertThat(response.json().at("/detail").asText()).contains(field, value);
    }
}

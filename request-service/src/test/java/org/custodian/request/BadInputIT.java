package org.custodian.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.custodian.contracts.Topic;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Invariant 6: bad input gets a clear 4xx problem and changes nothing. */
class BadInputIT extends RequestServiceIntegration {

    private static final String RESEARCHER = TestTokens.token("r-bad-input", "researcher");
    private static final String OVERSIZED = "{\"id\":\"ds-big\",\"title\":\"" + "x".repeat(70_000) + "\"}";

    private long eventsBefore;

    @BeforeEach
    void remember() {
        if (api.get("/api/researchers/r-bad-input", STEWARD).status() == 404) {
            registerResearcher("r-bad-input");
        }
        if (api.get("/api/datasets/ds-bad-input", STEWARD).status() == 404) {
            registerDataset("ds-bad-input", List.of("DUO:0000042"), "auto");
        }
        eventsBefore = storedEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/datasets", "/api/researchers", "/api/requests"})
    void withoutATokenIsUnauthorised(String path) {
        assertProblem(api.post(path, null, "{}"), 401, "UNAUTHENTICATED");
        assertThat(api.post(path, null, "{}").header("WWW-Authenticate")).startsWith("Bearer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/datasets", "/api/researchers", "/api/requests"})
    void anExpiredOrForeignTokenIsUnauthorised(String path) {
        assertProblem(api.post(path, TestTokens.expiredToken("sam", "admin"), "{}"), 401, "UNAUTHENTICATED");
        assertProblem(api.post(path, TestTokens.foreignToken("sam", "admin"), "{}"), 401, "UNAUTHENTICATED");
    }

    @Test
    void readingNeedsATokenToo() {
        assertProblem(api.get("/api/datasets", null), 401, "UNAUTHENTICATED");
        assertProblem(api.get("/api/requests/req-1", null), 401, "UNAUTHENTICATED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/datasets", "/api/researchers"})
    void stewardEndpointsRefuseOtherRoles(String path) {
        assertProblem(api.post(path, TestTokens.token("x", "researcher", "compliance", "integration"), "{}"), 403, "FORBIDDEN");
    }

    @Test
    void onlyResearchersSubmitRequests() {
        assertProblem(api.post("/api/requests", STEWARD, HttpApi.json(request("ds-bad-input"))), 403, "FORBIDDEN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/datasets", "/api/researchers", "/api/requests"})
    void malformedJsonIsRefused(String path) {
        assertProblem(api.post(path, TestTokens.token("sam", "admin"), "{\"id\": "), 400, "MALFORMED_BODY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/datasets", "/api/researchers", "/api/requests"})
    void oversizedBodiesAreRefused(String path) {
        assertProblem(api.post(path, TestTokens.token("sam", "admin"), OVERSIZED), 413, "BODY_TOO_LARGE");
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        Map<String, Object> body = new java.util.HashMap<>(request("ds-bad-input"));
        body.put("favourite_colour", "green");

        HttpApi.Response response = api.post("/api/requests", RESEARCHER, HttpApi.json(body));

        assertProblem(response, 400, "MALFORMED_BODY");
        assertThat(response.json().at("/detail").asText()).contains("favourite_colour");
    }

    @Test
    void wrongTypesAreRefusedByName() {
        Map<String, Object> body = new java.util.HashMap<>(request("ds-bad-input"));
        body.put("duration_days", "a year");

        HttpApi.Response response = api.post("/api/requests", RESEARCHER, HttpApi.json(body));

        assertProblem(response, 400, "MALFORMED_BODY");
        assertThat(response.json().at("/detail").asText()).contains("duration_days");
    }

    @Test
    void invalidFieldsAreListed() {
        Map<String, Object> body = new java.util.HashMap<>(request("ds-bad-input"));
        body.put("processing_country", "");
        body.put("duration_days", 0);

        HttpApi.Response response = api.post("/api/requests", RESEARCHER, HttpApi.json(body));

        assertProblem(response, 400, "INVALID_FIELDS");
        assertThat(response.json().findValuesAsText("field")).contains("processing_country", "duration_days");
    }

    @Test
    void anUnknownDatasetIsRefusedByName() {
        HttpApi.Response response = api.post("/api/requests", RESEARCHER, HttpApi.json(request("ds-nowhere")));

        assertProblem(response, 422, "UNKNOWN_DATASET");
        assertThat(response.json().at("/detail").asText()).contains("ds-nowhere");
    }

    @Test
    void anUnregisteredResearcherCannotSubmit() {
        HttpApi.Response response = api.post("/api/requests", TestTokens.token("r-stranger", "researcher"),
                HttpApi.json(request("ds-bad-input")));

        assertProblem(response, 403, "RESEARCHER_NOT_REGISTERED");
    }

    @Test
    void aRecordThatIsNotACloudEventGoesToTheDeadLetterTopic() {
        kafka.sendRaw(Topic.DECISIONS.topicName(), "req-x", "{\"not\": \"a cloud event\"}".getBytes(), Map.of());

        var dead = kafka.await(record -> record.topic().equals(Topic.DECISIONS.deadLetterTopic("request-service")),
                Duration.ofSeconds(30));

        assertThat(KafkaProbe.header(dead, "x-exception-message")).isNotBlank();
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void aTombstoneGoesToTheDeadLetterTopicAndChangesNothing() {
        String key = "req-tombstone-" + java.util.UUID.randomUUID();
        kafka.sendRaw(Topic.DECISIONS.topicName(), key, null, Map.of());

        var dead = kafka.await(record -> record.topic().equals(Topic.DECISIONS.deadLetterTopic("request-service"))
                && record.key() != null && key.equals(new String(record.key())), Duration.ofSeconds(30));

        assertThat(dead.value()).isNull();
        assertThat(KafkaProbe.header(dead, "x-exception-message")).isNotBlank();
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    private void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo(code);
        assertThat(storedEvents()).as("nothing stored").isEqualTo(eventsBefore);
    }
}

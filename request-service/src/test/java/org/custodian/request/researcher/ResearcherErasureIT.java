package org.custodian.request.researcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodian.contracts.EventMetadata;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.contracts.catalog.PersonalDataErased;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Once audit-service announces that a person's personal data was erased, no API of request-service shows
 * their name or chat id (researcher profile, chat links, their request), nothing brings them back, and
 * what does not name them (credentials, requests) stays.
 */
class ResearcherErasureIT extends RequestServiceIntegration {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String NAME = "Ada Lovelace-Byron";

    @Test
    void anAnnouncedErasureScrubsTheNameAndChatIdsFromEveryView() {
        String id = "r-" + UUID.randomUUID().toString().substring(0, 8);
        String slack = slackUser();
        String reviewerSlack = slackUser();
        String dataset = "ds-erasure-" + UUID.randomUUID().toString().substring(0, 8);
        registerDataset(dataset, List.of("DUO:0000042"), "auto");
        assertThat(api.post("/api/researchers", STEWARD, HttpApi.json(researcher(id, slack))).status()).isEqualTo(201);
        assertThat(api.put("/api/chatops/members/" + id, STEWARD,
                HttpApi.json(Map.of("slack_user_id", reviewerSlack))).status()).isEqualTo(200);
        String requestId = submitted(id, dataset);
        String own = TestTokens.token(id, "researcher");
        assertThat(api.get("/api/researchers/" + id, own).raw()).contains(NAME, slack);
        assertThat(api.get("/api/chatops/members", STEWARD).raw()).contains(reviewerSlack);

        kafka.send(Topic.CATALOG.topicName(), id, erasure(id));

        await().atMost(WAIT).until(() -> api.get("/api/researchers/" + id, STEWARD).json().at("/name").asText()
                .equals(ResearcherDirectory.ERASED));
        for (String view : List.of("/api/researchers/" + id, "/api/requests/" + requestId, "/api/chatops/members")) {
            for (String token : List.of(own, STEWARD, TestTokens.token("cora", "compliance"))) {
                String body = api.get(view, token).raw();
                assertThat(body).as(view).doesNotContain(NAME).doesNotContain(slack).doesNotContain(reviewerSlack);
            }
        }
        JsonNode profile = api.get("/api/researchers/" + id, own).json();
        assertThat(profile.at("/slack_user_id").isNull()).as(profile.toString()).isTrue();
        assertThat(profile.at("/institution").asText()).isEqualTo("inst-1");
        assertThat(profile.at("/irb_approvals").size()).isEqualTo(1);
        assertThat(api.get("/api/requests/" + requestId, own).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM researcher WHERE name LIKE ? OR credentials::text LIKE ? OR slack_user_id = ?")
                .params("%" + NAME + "%", "%" + NAME + "%", slack).query(Long.class).single()).isZero();
    }

    @Test
    void afterAnErasureNothingRecordsANameOrChatIdAgainAndARepeatChangesNothing() {
        String id = "r-" + UUID.randomUUID().toString().substring(0, 8);
        String reviewer = "rev-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post("/api/researchers", STEWARD, HttpApi.json(researcher(id, slackUser()))).status()).isEqualTo(201);
        kafka.send(Topic.CATALOG.topicName(), id, erasure(id));
        kafka.send(Topic.CATALOG.topicName(), reviewer, erasure(reviewer));
        await().atMost(WAIT).until(() -> rows("erased_person WHERE person_id IN ('" + id + "', '" + reviewer + "')") == 2);
        long stored = storedEvents();

        kafka.send(Topic.CATALOG.topicName(), id, erasure(id));
        kafka.send(Topic.INBOUND.topicName(), id, inbound("irb.expired",
                "{\"researcher_id\":\"" + id + "\",\"reference\":\"IRB-21-007\",\"expired_on\":\"2026-12-01\"}"));

        var record = kafka.await(r -> KafkaProbe.ofType(EventType.RESEARCHER_CREDENTIALS_CHANGED, id).test(r)
                && "irb.expired".equals(((ResearcherCredentialsChanged) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(r)))
                        .reason()), WAIT);
        assertThat(((ResearcherCredentialsChanged) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record))).slackUserId())
                .isNull();
        assertThat(storedEvents()).isEqualTo(stored + 1);
        assertProblem(api.put("/api/researchers/" + id + "/credentials", STEWARD, HttpApi.json(Map.of("institution", "inst-1",
                "country", "DE", "slack_user_id", slackUser()))), 409, "PERSON_ERASED");
        assertProblem(api.put("/api/chatops/members/" + reviewer, STEWARD, HttpApi.json(Map.of("slack_user_id", slackUser()))),
                409, "PERSON_ERASED");
        assertProblem(api.post("/api/researchers", STEWARD, HttpApi.json(researcher(reviewer, null))), 409, "PERSON_ERASED");
        assertThat(api.get("/api/researchers/" + id, STEWARD).json().at("/name").asText()).isEqualTo(ResearcherDirectory.ERASED);
        assertThat(api.get("/api/researchers/" + id, STEWARD).json().at("/slack_user_id").isNull()).isTrue();
    }

    /** The event as audit-service announces it: its fixed id per person, its source, the compliance officer as actor. */
    private static io.cloudevents.CloudEvent erasure(String person) {
        Instant at = Instant.now();
        return GovernanceCloudEvents.encode(new PersonalDataErased(person, "cora-compliance", at, "0".repeat(64)),
                new EventMetadata("personal-data-erased:" + person, URI.create("/audit-service"), at.atOffset(ZoneOffset.UTC),
                        "cora-compliance"));
    }

    private String submitted(String researcher, String dataset) {
        HttpApi.Response response = api.post("/api/requests", TestTokens.token(researcher, "researcher"),
                HttpApi.json(request(dataset)), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.json().at("/id").asText();
    }

    private static Map<String, Object> researcher(String id, String slackUser) {
        Map<String, Object> body = new HashMap<>(Map.of("id", id, "name", NAME, "institution", "inst-1", "country", "DE",
                "vetted", true, "dsa_signed", true,
                "irb_approvals", List.of(Map.of("reference", "IRB-21-007", "expires", "2030-03-31"))));
        body.put("slack_user_id", slackUser);
        return body;
    }

    private static io.cloudevents.CloudEvent inbound(String suffix, String json) {
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("urn:irb:test"))
                .withType("org.custodian.integration." + suffix + ".v1").withSubject("x").withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataContentType("application/json").withExtension("actor", "irb-system")
                .withData(json.getBytes(StandardCharsets.UTF_8)).build();
    }

    private static String slackUser() {
        return "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    private static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.json().at("/code").asText()).isEqualTo(code);
    }
}

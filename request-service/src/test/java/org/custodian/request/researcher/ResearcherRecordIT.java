package org.custodian.request.researcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A researcher's DSA signature, IRB approvals and Slack user: recorded, published, changed and guarded. */
class ResearcherRecordIT extends RequestServiceIntegration {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<Map<String, String>> TWO_APPROVALS = List.of(
            Map.of("reference", "IRB-21-007", "expires", "2027-03-31"),
            Map.of("reference", "IRB-23-110", "expires", "2029-09-30"));

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String slackUser() {
        return "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    private static Map<String, Object> researcher(String id, String slackUser) {
        Map<String, Object> body = new HashMap<>(Map.of("id", id, "name", "Ada Lovelace", "institution", "inst-1",
                "country", "DE", "vetted", true, "irb_approvals", TWO_APPROVALS,
                "dsa", Map.of("version", "2026.1", "signed_on", "2026-02-01")));
        body.put("slack_user_id", slackUser);
        return body;
    }

    @Test
    void aResearcherIsRegisteredWithEveryApprovalTheirDsaAndTheirSlackUser() {
        String id = unique("r");
        String slack = slackUser();

        HttpApi.Response created = api.post("/api/researchers", STEWARD, HttpApi.json(researcher(id, slack)));

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        JsonNode profile = api.get("/api/researchers/" + id, TestTokens.token(id, "researcher")).json();
        assertThat(profile.at("/irb_approvals").findValuesAsText("reference")).containsExactly("IRB-21-007", "IRB-23-110");
        assertThat(profile.at("/irb/reference").asText()).isEqualTo("IRB-23-110");
        assertThat(profile.at("/dsa_signed").asBoolean()).isTrue();
        assertThat(profile.at("/dsa/version").asText()).isEqualTo("2026.1");
        assertThat(profile.at("/dsa/signed_on").asText()).isEqualTo("2026-02-01");
        assertThat(profile.at("/slack_user_id").asText()).isEqualTo(slack);
        var record = kafka.await(KafkaProbe.ofType(EventType.RESEARCHER_REGISTERED, id), WAIT);
        ResearcherRegistered published = (ResearcherRegistered) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record));
        assertThat(published.irbApprovals()).hasSize(2);
        assertThat(published.dsa().version()).isEqualTo("2026.1");
        assertThat(published.slackUserId()).isEqualTo(slack);
    }

    @Test
    void aReportedDsaSignatureRecordsItsVersionAndDayAndAnExpiredApprovalLeavesTheOthers() {
        String id = unique("r");
        assertThat(api.post("/api/researchers", STEWARD, HttpApi.json(researcher(id, null))).status()).isEqualTo(201);

        kafka.send(Topic.INBOUND.topicName(), id, inbound("dsa.signed",
                "{\"researcher_id\":\"" + id + "\",\"version\":\"2026.2\",\"signed_on\":\"2026-11-30\"}"));
        ResearcherCredentialsChanged signed = changed(id, "dsa.signed");
        kafka.send(Topic.INBOUND.topicName(), id, inbound("irb.expired",
                "{\"researcher_id\":\"" + id + "\",\"reference\":\"IRB-23-110\",\"expired_on\":\"2026-12-01\"}"));
        ResearcherCredentialsChanged expired = changed(id, "irb.expired");

        assertThat(signed.dsa().version()).isEqualTo("2026.2");
        assertThat(signed.dsa().signedOn()).hasToString("2026-11-30");
        assertThat(expired.irbApprovals()).extracting(approval -> approval.reference()).containsExactly("IRB-21-007");
        assertThat(expired.irb().reference()).isEqualTo("IRB-21-007");
        JsonNode profile = api.get("/api/researchers/" + id, STEWARD).json();
        assertThat(profile.at("/dsa/version").asText()).isEqualTo("2026.2");
        assertThat(profile.at("/irb/reference").asText()).isEqualTo("IRB-21-007");
    }

    @Test
    void aSlackUserThatActsForSomeoneElseIsRefusedAndNothingIsRecorded() {
        String slack = slackUser();
        String holder = unique("r");
        assertThat(api.post("/api/researchers", STEWARD, HttpApi.json(researcher(holder, slack))).status()).isEqualTo(201);
        String reviewersSlack = slackUser();
        assertThat(api.put("/api/chatops/members/" + unique("rev"), STEWARD,
                HttpApi.json(Map.of("slack_user_id", reviewersSlack))).status()).isEqualTo(200);
        String other = unique("r");
        long before = storedEvents();

        assertProblem(api.post("/api/researchers", STEWARD, HttpApi.json(researcher(other, slack))), 409, "SLACK_USER_TAKEN");
        assertProblem(api.post("/api/researchers", STEWARD, HttpApi.json(researcher(other, reviewersSlack))), 409,
                "SLACK_USER_TAKEN");
        assertThat(storedEvents()).isEqualTo(before);

        String changedBody = HttpApi.json(Map.of("institution", "inst-1", "country", "DE", "vetted", true,
                "slack_user_id", slack));
        assertThat(api.put("/api/researchers/" + holder + "/credentials", STEWARD, changedBody).status()).isEqualTo(200);
    }

    @Test
    void malformedApprovalsSignaturesAndSlackUsersAreRefusedNamingTheField() {
        String id = unique("r");
        long before = storedEvents();
        Map<String, Object> noExpiry = researcher(id, null);
        noExpiry.put("irb_approvals", List.of(Map.of("reference", "IRB-1")));
        Map<String, Object> tooMany = researcher(id, null);
        tooMany.put("irb_approvals", java.util.Collections.nCopies(21, Map.of("reference", "IRB-1", "expires", "2030-01-01")));
        Map<String, Object> noDay = researcher(id, null);
        noDay.put("dsa", Map.of("version", "2026.1"));
        Map<String, Object> badSlack = researcher(id, "alice@slack");
        Map<String, Object> legacyIrb = researcher(id, null);
        legacyIrb.put("irb", Map.of("reference", "IRB-1", "expires", "2030-01-01"));

        assertThat(problem(noExpiry, 400).toString()).contains("irb_approvals[0].expires");
        assertThat(problem(tooMany, 400).toString()).contains("irb_approvals");
        assertThat(problem(noDay, 400).toString()).contains("dsa.signed_on");
        assertThat(problem(badSlack, 400).toString()).contains("slack_user_id");
        assertThat(problem(legacyIrb, 400).toString()).contains("irb");
        assertProblem(api.post("/api/researchers", TestTokens.token(id, "researcher"), HttpApi.json(researcher(id, null))),
                403, "FORBIDDEN");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api.get("/api/researchers/" + id, STEWARD).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "de", "UK", "", "DEU"})
    void aCountryThePolicyDoesNotKnowIsRefusedNamingItAndNothingIsStored(String country) {
        String id = unique("r");
        String registered = unique("r");
        assertThat(api.post("/api/researchers", STEWARD, HttpApi.json(researcher(registered, null))).status()).isEqualTo(201);
        Map<String, Object> body = researcher(id, null);
        body.put("country", country);
        long before = storedEvents();

        JsonNode refused = problem(body, 422);
        HttpApi.Response change = api.put("/api/researchers/" + registered + "/credentials", STEWARD,
                HttpApi.json(Map.of("institution", "inst-2", "country", country, "vetted", true)));

        assertThat(refused.at("/code").asText()).isEqualTo("UNKNOWN_TERM");
        assertThat(refused.at("/errors/0/field").asText()).isEqualTo("country");
        assertThat(refused.at("/errors/0/value").asText()).isEqualTo(country);
        assertThat(refused.at("/errors/0/allowed").toString()).contains("\"DE\"", "\"GB\"").doesNotContain("\"XX\"");
        assertProblem(change, 422, "UNKNOWN_TERM");
        assertThat(change.json().at("/errors/0/field").asText()).isEqualTo("country");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api.get("/api/researchers/" + id, STEWARD).status()).isEqualTo(404);
        JsonNode unchanged = api.get("/api/researchers/" + registered, STEWARD).json();
        assertThat(unchanged.at("/country").asText()).isEqualTo("DE");
        assertThat(unchanged.at("/institution").asText()).isEqualTo("inst-1");
    }

    @Test
    void aDsaSignedOnADayStillToComeIsRefusedAndNothingIsStored() {
        String id = unique("r");
        String registered = unique("r");
        assertThat(api.post("/api/researchers", STEWARD, HttpApi.json(researcher(registered, null))).status()).isEqualTo(201);
        Map<String, Object> body = researcher(id, null);
        Map<String, String> future = Map.of("version", "2026.9", "signed_on", LocalDate.now().plusDays(2).toString());
        body.put("dsa", future);
        long before = storedEvents();

        assertProblem(api.post("/api/researchers", STEWARD, HttpApi.json(body)), 422, "SIGNED_ON_IN_FUTURE");
        assertProblem(api.put("/api/researchers/" + registered + "/credentials", STEWARD, HttpApi.json(Map.of(
                "institution", "inst-1", "country", "DE", "dsa", future))), 422, "SIGNED_ON_IN_FUTURE");

        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api.get("/api/researchers/" + id, STEWARD).status()).isEqualTo(404);
        assertThat(api.get("/api/researchers/" + registered, STEWARD).json().at("/dsa/version").asText()).isEqualTo("2026.1");
    }

    @Test
    void theVocabularyNamesTheResearchersCountryAmongTheFieldsHoldingACountry() {
        JsonNode vocabulary = api.get("/api/vocabulary", STEWARD).json();

        assertThat(vocabulary.at("/countries/fields").toString()).contains("\"country\"");
    }

    private JsonNode problem(Map<String, Object> body, int status) {
        HttpApi.Response response = api.post("/api/researchers", STEWARD, HttpApi.json(body));
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        return response.json();
    }

    private static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.json().at("/code").asText()).isEqualTo(code);
    }

    private ResearcherCredentialsChanged changed(String id, String reason) {
        var record = kafka.await(r -> KafkaProbe.ofType(EventType.RESEARCHER_CREDENTIALS_CHANGED, id).test(r)
                && reason.equals(((ResearcherCredentialsChanged) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(r))).reason()),
                WAIT);
        return (ResearcherCredentialsChanged) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record));
    }

    private static io.cloudevents.CloudEvent inbound(String suffix, String data) {
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("/contracts"))
                .withType("org.custodian.integration." + suffix + ".v1").withSubject("x")
                .withExtension("actor", "contract-system").withDataContentType("application/json")
                .withData(data.getBytes()).build();
    }
}

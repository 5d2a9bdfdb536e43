package org.custodian.policy.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.contracts.decisions.DecisionReEvaluated;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.PolicyActivated;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.policy.PolicyServiceApplication;
import org.custodian.policy.PolicyServiceIntegration;
import org.custodian.testing.EmbeddedInfrastructure;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * A candidate table version (Switzerland's adequacy decision gone) is first reported on without changing
 * anything, then activated by a service starting with it, which judges the live releases again for real.
 */
class PolicyRolloutIT extends PolicyServiceIntegration {

    private static final String STEWARD = TestTokens.token("sam", "steward");

    private String dataset;
    private String researcher;

    @BeforeEach
    void catalog() {
        dataset = unique("ds");
        researcher = unique("r");
        registerDataset(dataset, healthTerms());
        registerResearcher(vettedResearcher(researcher));
    }

    @Test
    void theImpactReportListsTheReleasesACandidateTableWouldDecideDifferentlyAndChangesNothing() throws Exception {
        String inSwitzerland = approvedRequest("CH");
        String inGermany = approvedRequest("DE");

        HttpApi.Response answer = api.post("/api/policy/impact", STEWARD, candidateTables());

        assertThat(answer.status()).isEqualTo(200);
        JsonNode report = answer.json();
        assertThat(report.get("candidate_revision").asText()).isNotEqualTo(report.get("active_revision").asText());
        assertThat(report.get("judged").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode swiss = impactOn(report, inSwitzerland);
        assertThat(swiss.at("/active/outcome").asText()).isEqualTo("allow");
        assertThat(swiss.at("/candidate/outcome").asText()).isEqualTo("review");
        assertThat(swiss.get("outcome_changes").asBoolean()).isTrue();
        assertThat(swiss.at("/added/0/code").asText()).isEqualTo("TRANSFER_REQUIRES_SAFEGUARDS");
        assertThat(swiss.at("/candidate/erase_by").asText()).isEqualTo(swiss.at("/active/erase_by").asText());
        assertThat(impactOn(report, inGermany)).as("a release the candidate decides alike is not listed").isNull();
        assertThat(kafka.drain(Duration.ofSeconds(2)).stream()
                .filter(KafkaProbe.ofType(EventType.DECISION_RE_EVALUATED, inSwitzerland))).isEmpty();
        assertThat(rows("decision", "request_id", inSwitzerland)).isEqualTo(1);
    }

    @Test
    void onlyStewardsAndComplianceAskAndABadCandidateIsRefused() throws Exception {
        String researcherToken = TestTokens.token(researcher, "researcher");
        assertThat(api.post("/api/policy/impact", null, candidateTables()).status()).isEqualTo(401);
        assertThat(api.post("/api/policy/impact", researcherToken, candidateTables()).status()).isEqualTo(403);
        assertThat(api.post("/api/policy/impact", TestTokens.token("cora", "compliance"), candidateTables()).status())
                .isEqualTo(200);
        assertThat(problem(api.post("/api/policy/impact", STEWARD, "{\"tables\":{\"jurisdiction\":{}}}"), 422))
                .isEqualTo("UNKNOWN_TABLE");
        assertThat(problem(api.post("/api/policy/impact", STEWARD, "{\"tables\":{\"jurisdictions\":[]}}"), 422))
                .isEqualTo("INVALID_TABLE");
        assertThat(problem(api.post("/api/policy/impact", STEWARD, "{}"), 422)).isEqualTo("NO_CANDIDATE");
        assertThat(problem(api.post("/api/policy/impact", STEWARD, "{\"policy\":\"next\"}"), 422)).isEqualTo("UNKNOWN_POLICY");
        assertThat(problem(api.post("/api/policy/impact", STEWARD, "{\"policy\":\"candidate\"}"), 409))
                .isEqualTo("NO_CANDIDATE_POLICY");
        assertThat(problem(api.post("/api/policy/impact", STEWARD, "{\"tables\":"), 400)).isEqualTo("MALFORMED_BODY");
    }

    @Test
    void aServiceStartingWithTheCandidateActivatesItAndJudgesEveryLiveReleaseUnderIt(@TempDir Path staged) throws Exception {
        String inSwitzerland = approvedRequest("CH");
        String inGermany = approvedRequest("DE");
        String candidateRevision = api.post("/api/policy/impact", STEWARD, candidateTables()).json()
                .get("candidate_revision").asText();
        Path data = staged.resolve("data.json");
        Files.writeString(data, candidateData().toString());

        try (ConfigurableApplicationContext activated = new SpringApplicationBuilder(PolicyServiceApplication.class)
                .initializers(new EmbeddedInfrastructure())
                .properties(Map.of("server.port", "0", "custodian.policy.data", data.toUri().toString()))
                .run()) {
            ConsumerRecord<byte[], byte[]> activation = kafka.await(record ->
                    KafkaProbe.ofType(EventType.POLICY_ACTIVATED, PolicyActivated.SUBJECT).test(record)
                            && candidateRevision.equals(((PolicyActivated) decode(record)).revision()), PATIENCE);
            String activationId = KafkaProbe.header(activation, "ce_id");

            DecisionReEvaluated swiss = (DecisionReEvaluated) decode(kafka.await(
                    KafkaProbe.ofType(EventType.DECISION_RE_EVALUATED, inSwitzerland), PATIENCE));
            assertThat(swiss.cause()).isEqualTo(EventType.POLICY_ACTIVATED.cloudEventType());
            assertThat(swiss.causeId()).isEqualTo(activationId);
            assertThat(swiss.previousOutcome()).isEqualTo(Outcome.ALLOW);
            assertThat(swiss.decision().outcome()).isEqualTo(Outcome.REVIEW);
            assertThat(swiss.decision().reasonCodes()).containsExactly("TRANSFER_REQUIRES_SAFEGUARDS");
            assertThat(swiss.decision().policyRevision()).isEqualTo(candidateRevision);
            DecisionReEvaluated german = (DecisionReEvaluated) decode(kafka.await(
                    KafkaProbe.ofType(EventType.DECISION_RE_EVALUATED, inGermany), PATIENCE));
            assertThat(german.decision().outcome()).isEqualTo(Outcome.ALLOW);
            assertThat(german.decision().policyRevision()).isEqualTo(candidateRevision);
        }
    }

    private String approvedRequest(String processingCountry) {
        String requestId = unique("req");
        RequestSubmitted asked = request(requestId, researcher, dataset, DS);
        publish(new RequestSubmitted(requestId, researcher, asked.datasets(), asked.purpose(), asked.fields(),
                asked.durationDays(), processingCountry, asked.accessMode(), 0), unique("evt"), SUBMITTED_AT);
        DecisionMade made = (DecisionMade) decode(kafka.await(KafkaProbe.ofType(EventType.DECISION_MADE, requestId), PATIENCE));
        assertThat(made.decision().outcome()).isEqualTo(Outcome.ALLOW);
        publish(new RequestApproved(requestId, researcher, List.of(dataset), made.decisionId(), Outcome.ALLOW,
                made.decision().obligations()), unique("evt"), SUBMITTED_AT.plus(Duration.ofDays(2)));
        await().atMost(PATIENCE).until(() -> jdbc.sql("SELECT approved FROM live_request WHERE request_id = ?")
                .param(requestId).query(Boolean.class).single());
        return requestId;
    }

    private static Object decode(ConsumerRecord<byte[], byte[]> record) {
        return GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record));
    }

    private static JsonNode impactOn(JsonNode report, String requestId) {
        for (JsonNode release : report.get("releases")) {
            if (release.get("request_id").asText().equals(requestId)) {
                return release;
            }
        }
        return null;
    }

    private static String problem(HttpApi.Response response, int status) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        return response.json().get("code").asText();
    }

    private static String candidateTables() throws Exception {
        ObjectNode body = ContractJson.mapper().createObjectNode();
        body.putObject("tables").set("jurisdictions", candidateData().get("jurisdictions"));
        return body.toString();
    }

    /** The shipped tables without Switzerland's adequacy decision. */
    private static ObjectNode candidateData() throws Exception {
        ObjectNode data = (ObjectNode) ContractJson.mapper().readTree(new ClassPathResource("policy/data.json").getInputStream());
        ArrayNode adequate = (ArrayNode) data.at("/jurisdictions/eu_adequacy/countries");
        for (int i = adequate.size() - 1; i >= 0; i--) {
            if (adequate.get(i).asText().equals("CH")) {
                adequate.remove(i);
            }
        }
        return data;
    }
}

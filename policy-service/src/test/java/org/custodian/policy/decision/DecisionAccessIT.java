package org.custodian.policy.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.contracts.requests.ReviewAssigned;
import org.custodian.policy.PolicyServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may read a request's decisions (invariant 8, OWASP API1): its requester, the reviewers of its
 * panel, stewards, compliance and admins; anyone else gets the 404 an unknown request gets.
 */
class DecisionAccessIT extends PolicyServiceIntegration {

    private static final String OWNER = "r-owner";
    private static final String ON_PANEL = "rev-on-panel";

    private String requestId;
    private String decisionId;

    @BeforeEach
    void aRequestUnderReview() {
        String dataset = unique("ds");
        registerDataset(dataset, healthTerms());
        registerResearcher(vettedResearcher(OWNER));
        requestId = unique("req");
        publish(request(requestId, OWNER, dataset, DS), unique("evt"), SUBMITTED_AT);
        decisionId = ((DecisionMade) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.DECISION_MADE, requestId), PATIENCE)))).decisionId();
        publish(new ReviewAssigned(requestId, decisionId, List.of(dataset), List.of(ON_PANEL, "rev-also"), 1, true, null),
                unique("evt"), Instant.now());
        await().atMost(PATIENCE).until(() -> jdbc.sql("SELECT cardinality(reviewers) FROM request_audience WHERE request_id = ?")
                .param(requestId).query(Integer.class).single() == 2);
    }

    static Stream<Arguments> callers() {
        return Stream.of(
                Arguments.of("owner", TestTokens.token(OWNER, "researcher"), 200),
                Arguments.of("another researcher", TestTokens.token("r-other", "researcher"), 404),
                Arguments.of("reviewer on the panel", TestTokens.token(ON_PANEL, "reviewer"), 200),
                Arguments.of("reviewer off the panel", TestTokens.token("rev-off-panel", "reviewer"), 404),
                Arguments.of("steward", TestTokens.token("sam", "steward"), 200),
                Arguments.of("compliance", TestTokens.token("cora", "compliance"), 200),
                Arguments.of("admin", TestTokens.token("ada", "admin"), 200),
                Arguments.of("integration", TestTokens.token("enclave", "integration"), 404),
                Arguments.of("panel member's subject without the reviewer role", TestTokens.token(ON_PANEL, "integration"), 404),
                Arguments.of("no token", null, 401),
                Arguments.of("expired token", TestTokens.expiredToken(OWNER, "researcher"), 401));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("callers")
    void theDecisionsOfARequestAreReadOnlyByThoseItConcerns(String caller, String token, int status) {
        HttpApi.Response response = api.get("/api/decisions?request=" + requestId, token);

        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        if (status == 200) {
            assertThat(response.json().findValuesAsText("decision_id")).containsExactly(decisionId);
        } else {
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.raw()).doesNotContain(decisionId);
        }
        if (status == 404) {
            HttpApi.Response unknown = api.get("/api/decisions?request=" + requestId + "-x", TestTokens.token("sam", "steward"));
            assertThat(response.json().get("code").asText()).isEqualTo("UNKNOWN_REQUEST")
                    .isEqualTo(unknown.json().get("code").asText());
            assertThat(unknown.status()).as("an unknown request answers the same").isEqualTo(404);
        }
    }
}

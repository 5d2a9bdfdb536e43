package org.custodian.request.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.custodian.contracts.EventType;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invariants 5 and 6 at the review endpoints: who may not vote is refused by name, bad input gets a
 * clear problem, and neither stores nor publishes anything.
 */
class ReviewBadInputIT extends ReviewIntegration {

    private static final String OVERSIZED = "{\"vote\":\"approve\",\"reason\":\"" + "x".repeat(70_000) + "\"}";

    /** One blinded request under review for the whole class: {@code first} approved, {@code third} recused. */
    private static Scenario scenario;

    private long eventsBefore;

    record Scenario(String requestId, String requester, String colleague, String first, String second, String third) {
    }

    @BeforeEach
    void aRequestUnderReview() {
        if (scenario == null) {
            String requester = person(REQUESTER_INSTITUTION);
            String colleague = person(REQUESTER_INSTITUTION);
            String first = unique("rev");
            String second = unique("rev");
            String third = unique("rev");
            String id = underReview(requester, datasetReviewedBy(List.of(first, second, third, colleague, requester), true));
            assertThat(vote(id, first, "approve", "Sound.").status()).isEqualTo(201);
            assertThat(declareConflict(id, third, "My former student.").status()).isEqualTo(201);
            scenario = new Scenario(id, requester, colleague, first, second, third);
        }
        eventsBefore = storedEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"votes", "conflicts"})
    void withoutAValidTokenIsUnauthorised(String endpoint) {
        String path = path(endpoint);
        assertProblem(api.post(path, null, body()), 401, "UNAUTHENTICATED");
        assertProblem(api.post(path, TestTokens.expiredToken(scenario.first(), "reviewer"), body()), 401, "UNAUTHENTICATED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"votes", "conflicts"})
    void onlyReviewersVoteOrDeclare(String endpoint) {
        String token = TestTokens.token(scenario.second(), "researcher", "steward", "compliance");
        assertProblem(api.post(path(endpoint), token, body()), 403, "FORBIDDEN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"votes", "conflicts"})
    void malformedJsonIsRefused(String endpoint) {
        assertProblem(api.post(path(endpoint), reviewer(scenario.second()), "{\"vote\": "), 400, "MALFORMED_BODY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"votes", "conflicts"})
    void unknownFieldsAreRefusedByName(String endpoint) {
        HttpApi.Response response = api.post(path(endpoint), reviewer(scenario.second()),
                "{\"reason\":\"Fine.\",\"weight\":2}");
        assertProblem(response, 400, "MALFORMED_BODY");
        assertThat(response.json().at("/detail").asText()).contains("weight");
    }

    @ParameterizedTest
    @ValueSource(strings = {"votes", "conflicts"})
    void aReasonIsRequired(String endpoint) {
        String withoutReason = endpoint.equals("votes") ? "{\"vote\":\"approve\"}" : "{}";
        HttpApi.Response response = api.post(path(endpoint), reviewer(scenario.second()), withoutReason);
        assertProblem(response, 400, "INVALID_FIELDS");
        assertThat(response.json().findValuesAsText("field")).contains("reason");
    }

    @ParameterizedTest
    @ValueSource(strings = {"votes", "conflicts"})
    void oversizedBodiesAreRefused(String endpoint) {
        assertProblem(api.post(path(endpoint), reviewer(scenario.second()), OVERSIZED), 413, "BODY_TOO_LARGE");
    }

    @Test
    void anUnknownVoteIsRefusedByName() {
        HttpApi.Response response = vote(scenario.requestId(), scenario.second(), "abstain", "Unsure.");
        assertProblem(response, 400, "INVALID_FIELDS");
        assertThat(response.json().findValuesAsText("field")).containsExactly("vote");
    }

    @Test
    void aSecondVoteBySameReviewerIsAConflictAndRecordsNothing() {
        HttpApi.Response again = vote(scenario.requestId(), scenario.first(), "reject", "Changed my mind.");

        assertProblem(again, 409, "ALREADY_VOTED");
        assertBlind(again, scenario.requester());
        long votes = kafka.drain(Duration.ofSeconds(2)).stream()
                .filter(KafkaProbe.ofType(EventType.REVIEW_VOTE_CAST, scenario.requestId())).count();
        assertThat(votes).isEqualTo(1);
        assertThat(api.get("/api/requests/" + scenario.requestId(), STEWARD).json().at("/state").asText())
                .isEqualTo("AWAITING_REVIEW");
    }

    @Test
    void theRequesterCannotVoteEvenHoldingTheReviewerRole() {
        assertProblem(vote(scenario.requestId(), scenario.requester(), "approve", "Mine is great."), 403, "OWN_REQUEST");
    }

    @Test
    void theRequesterCannotDeclareAConflictOnTheirOwnRequest() {
        assertProblem(declareConflict(scenario.requestId(), scenario.requester(), "Me."), 403, "OWN_REQUEST");
    }

    @Test
    void aReviewerOffThePanelIsToldTheRequestDoesNotExist() {
        HttpApi.Response stranger = vote(scenario.requestId(), unique("rev"), "approve", "Fine.");
        HttpApi.Response colleague = vote(scenario.requestId(), scenario.colleague(), "approve", "Fine.");
        HttpApi.Response missing = vote("req-00000000-0000-0000-0000-000000000000", unique("rev"), "approve", "Fine.");

        assertProblem(stranger, 404, "UNKNOWN_REQUEST");
        assertProblem(colleague, 404, "UNKNOWN_REQUEST");
        assertThat(colleague.json().at("/detail").asText()).isEqualTo(stranger.json().at("/detail").asText())
                .isEqualTo(missing.json().at("/detail").asText().replace("req-00000000-0000-0000-0000-000000000000",
                        scenario.requestId()));
        assertBlind(colleague, scenario.requester());
    }

    @Test
    void aRecusedReviewerCannotVote() {
        HttpApi.Response response = vote(scenario.requestId(), scenario.third(), "approve", "Fine.");
        assertProblem(response, 403, "RECUSED");
        assertBlind(response, scenario.requester());
    }

    @Test
    void aConflictIsDeclaredOnce() {
        assertProblem(declareConflict(scenario.requestId(), scenario.third(), "Again."), 409, "CONFLICT_ALREADY_DECLARED");
    }

    @Test
    void anUnknownRequestIsNotFound() {
        assertProblem(vote("req-00000000-0000-0000-0000-000000000000", scenario.second(), "approve", "Fine."), 404,
                "UNKNOWN_REQUEST");
    }

    private String path(String endpoint) {
        return "/api/requests/" + scenario.requestId() + "/" + endpoint;
    }

    private static String body() {
        return HttpApi.json(Map.of("vote", "approve", "reason", "Fine."));
    }

    private static String reviewer(String subject) {
        return TestTokens.token(subject, "reviewer");
    }

    private void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo(code);
        assertThat(storedEvents()).as("nothing stored").isEqualTo(eventsBefore);
    }
}

package org.custodian.request.chatops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Stewards link reviewers to Slack accounts; nobody else can, and bad input changes nothing. */
class ChatMembersIT extends ChatOpsIntegration {

    @Test
    void aStewardLinksAReviewerAndRelinksThemToANewAccount() {
        String reviewer = unique("rev");

        HttpApi.Response linked = api.put("/api/chatops/members/" + reviewer, STEWARD,
                HttpApi.json(Map.of("slack_user_id", "U0AAA" + reviewer.substring(4).toUpperCase())));
        HttpApi.Response relinked = api.put("/api/chatops/members/" + reviewer, STEWARD,
                HttpApi.json(Map.of("slack_user_id", "W0BBB" + reviewer.substring(4).toUpperCase())));

        assertThat(linked.status()).as(linked.raw()).isEqualTo(200);
        assertThat(linked.json().at("/linked_by").asText()).isEqualTo("sam-steward");
        assertThat(relinked.json().at("/slack_user_id").asText()).startsWith("W0BBB");
        assertThat(api.get("/api/chatops/members", STEWARD).json().findValuesAsText("reviewer_id")).contains(reviewer);
    }

    @Test
    void unauthorisedMalformedInvalidOversizedAndTakenLinksAreRefusedAndChangeNothing() {
        String taken = linkToSlack(unique("rev"));
        String researchersOwn = newSlackUser();
        person("inst-chat-members", researchersOwn);
        String reviewer = unique("rev");
        long before = rows("chat_member");
        String path = "/api/chatops/members/" + reviewer;
        String good = HttpApi.json(Map.of("slack_user_id", "U0CCCDDD1"));

        assertProblem(api.put(path, null, good), 401, "UNAUTHENTICATED");
        assertProblem(api.put(path, TestTokens.token(reviewer, "reviewer", "researcher"), good), 403, "FORBIDDEN");
        assertProblem(api.get("/api/chatops/members", TestTokens.token(reviewer, "reviewer")), 403, "FORBIDDEN");
        assertProblem(api.put(path, STEWARD, "{\"slack_user_id\": "), 400, "MALFORMED_BODY");
        assertProblem(api.put(path, STEWARD, "{\"slack_user_id\": \"U0CCCDDD1\", \"admin\": true}"), 400, "MALFORMED_BODY");
        assertProblem(api.put(path, STEWARD, HttpApi.json(Map.of("slack_user_id", "not a slack id"))), 400, "INVALID_FIELDS");
        assertProblem(api.put(path, STEWARD, HttpApi.json(Map.of("slack_user_id", "U" + "A".repeat(70_000)))), 413,
                "BODY_TOO_LARGE");
        assertProblem(api.put(path, STEWARD, HttpApi.json(Map.of("slack_user_id", taken))), 409, "SLACK_USER_TAKEN");
        assertProblem(api.put(path, STEWARD, HttpApi.json(Map.of("slack_user_id", researchersOwn))), 409, "SLACK_USER_TAKEN");

        assertThat(rows("chat_member")).isEqualTo(before);
    }

    private static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.json().at("/code").asText()).isEqualTo(code);
    }
}

package org.custodian.request.manuscript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A reviewer's manuscript queue holds what awaits their approval, and only that. */
class ManuscriptQueueIT extends ManuscriptIntegration {

    @Test
    void aReviewerSeesTheManuscriptsAwaitingTheirApprovalUntilTheyReviewThem() {
        String reviewer = unique("rev");
        String outsider = unique("rev");
        String author = person("inst-queue");
        String first = submitted(author, release(author, dataset("approval", List.of(reviewer)), "approval", null));
        String second = submitted(author, release(author, dataset("approval", List.of(reviewer)), "approval", null));
        String notified = submitted(author, release(author, dataset("notify", List.of(reviewer)), "notify", null));

        HttpApi.Response queue = queue(reviewer, "");
        assertThat(queue.status()).as(queue.raw()).isEqualTo(200);
        assertThat(queue.json().findValuesAsText("id")).contains(first, second).doesNotContain(notified);
        assertThat(queue(outsider, "").json().findValuesAsText("id")).doesNotContain(first, second);

        assertThat(review(first, reviewer, "approve").status()).isEqualTo(201);

        assertThat(queue(reviewer, "").json().findValuesAsText("id")).doesNotContain(first).contains(second);
    }

    @Test
    void theQueueIsPagedAndOnlyForReviewers() {
        String reviewer = unique("rev");
        String author = person("inst-queue");
        for (int i = 0; i < 3; i++) {
            submitted(author, release(author, dataset("approval", List.of(reviewer)), "approval", null));
        }

        HttpApi.Response page = queue(reviewer, "&limit=2");
        assertThat(page.json().size()).isEqualTo(2);
        assertThat(page.header("Link")).contains("rel=\"next\"");

        HttpApi.Response researcher = api.get("/api/manuscripts?queue=review", TestTokens.token(author, "researcher"));
        assertThat(researcher.status()).isEqualTo(403);
        assertThat(researcher.json().at("/code").asText()).isEqualTo("NOT_A_REVIEWER");
    }

    private HttpApi.Response queue(String reviewer, String more) {
        return api.get("/api/manuscripts?queue=review" + more, TestTokens.token(reviewer, "reviewer"));
    }
}

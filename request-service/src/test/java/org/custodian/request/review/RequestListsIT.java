package org.custodian.request.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** A researcher's own requests and a reviewer's queue, page by page; nobody lists what is not theirs. */
class RequestListsIT extends ReviewIntegration {

    @Test
    void aResearcherListsTheirOwnRequestsPageByPageAndNoOneElses() {
        String ada = person("inst-lists");
        String bob = person("inst-lists");
        String dataset = datasetReviewedBy(List.of(unique("rev")), false);
        List<String> adas = List.of(submit(ada, dataset), submit(ada, dataset), submit(ada, dataset));
        String bobs = submit(bob, dataset);

        HttpApi.Response first = api.get("/api/requests?mine&limit=2", TestTokens.token(ada, "researcher"));
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.json().size()).isEqualTo(2);
        String next = first.header("Link");
        assertThat(next).contains("rel=\"next\"").contains("cursor=");
        HttpApi.Response second = api.get(path(next), TestTokens.token(ada, "researcher"));

        List<String> listed = new ArrayList<>(first.json().findValuesAsText("id"));
        listed.addAll(second.json().findValuesAsText("id"));
        assertThat(listed).containsExactlyElementsOf(adas.stream().sorted().toList());
        assertThat(second.header("Link")).isNull();
        assertThat(first.json().findValuesAsText("researcher_id")).containsOnly(ada);
        assertThat(api.get("/api/requests", TestTokens.token(bob, "researcher")).json().findValuesAsText("id"))
                .as("without ?mine a researcher still lists only their own").containsExactly(bobs);
    }

    @Test
    void oversightListsEveryRequest() {
        String ada = person("inst-lists");
        String id = submit(ada, datasetReviewedBy(List.of(unique("rev")), false));

        assertThat(allPages("/api/requests?limit=200", TestTokens.token("auditor", "compliance"))).contains(id);
        assertThat(allPages("/api/requests?limit=200", STEWARD)).contains(id);
    }

    @Test
    void aReviewersQueueHoldsWhatAwaitsTheirVoteAndNothingElse() {
        String first = unique("rev");
        String second = unique("rev");
        String outsider = unique("rev");
        String requester = person("inst-lists");
        String id = underReview(requester, datasetReviewedBy(List.of(first, second), false));

        HttpApi.Response queue = queue(first);
        assertThat(queue.status()).as(queue.raw()).isEqualTo(200);
        assertThat(queue.json().findValuesAsText("id")).contains(id);
        assertThat(queue.raw()).as("the queue names no requester").doesNotContain(requester);
        assertThat(queue(outsider).json().findValuesAsText("id")).doesNotContain(id);

        assertThat(vote(id, first, "approve", "Sound question.").status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).until(() -> !queue(first).json().findValuesAsText("id").contains(id));
        assertThat(queue(second).json().findValuesAsText("id")).contains(id);
    }

    @Test
    void onlyReviewersHaveAQueueAndBadPagesAreRefused() {
        HttpApi.Response researcher = api.get("/api/requests?queue=review", TestTokens.token("rita", "researcher"));
        assertThat(researcher.status()).isEqualTo(403);
        assertThat(researcher.json().at("/code").asText()).isEqualTo("NOT_A_REVIEWER");

        String token = TestTokens.token("rita", "researcher");
        assertThat(api.get("/api/requests?mine&limit=0", token).json().at("/code").asText()).isEqualTo("INVALID_LIMIT");
        assertThat(api.get("/api/requests?mine&limit=201", token).json().at("/code").asText()).isEqualTo("INVALID_LIMIT");
        assertThat(api.get("/api/requests?mine&cursor=%27%20OR%201%3D1", token).json().at("/code").asText())
                .isEqualTo("INVALID_CURSOR");
        assertThat(api.get("/api/requests?mine", null).status()).isEqualTo(401);
    }

    private HttpApi.Response queue(String reviewer) {
        return api.get("/api/requests?queue=review&limit=200", TestTokens.token(reviewer, "reviewer"));
    }

    private List<String> allPages(String path, String token) {
        List<String> ids = new ArrayList<>();
        String next = path;
        while (next != null) {
            HttpApi.Response page = api.get(next, token);
            assertThat(page.status()).as(page.raw()).isEqualTo(200);
            ids.addAll(page.json().findValuesAsText("id"));
            next = page.header("Link") == null ? null : path(page.header("Link"));
        }
        return ids;
    }

    /** The path and query of a Link header's URL. */
    static String path(String link) {
        String url = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        return url.substring(url.indexOf("/api/"));
    }
}

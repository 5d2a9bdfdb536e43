package org.custodian.request.researcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Stewards and compliance page through the researcher directory; nobody else lists it. */
class ResearcherDirectoryIT extends RequestServiceIntegration {

    @Test
    void aStewardPagesThroughTheResearchersOfAnInstitution() {
        String institution = "inst-" + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(registered(institution));
        }

        HttpApi.Response first = api.get("/api/researchers?institution=" + institution + "&limit=2", STEWARD);
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        String link = first.header("Link");
        assertThat(link).contains("rel=\"next\"");
        HttpApi.Response second = api.get(link.substring(link.indexOf("/api/"), link.indexOf('>')), STEWARD);

        List<String> listed = new ArrayList<>(first.json().findValuesAsText("researcher_id"));
        listed.addAll(second.json().findValuesAsText("researcher_id"));
        assertThat(listed).containsExactlyElementsOf(ids.stream().sorted().toList());
        assertThat(second.header("Link")).isNull();
        assertThat(api.get("/api/researchers?institution=" + institution, TestTokens.token("auditor", "compliance"))
                .json().size()).isEqualTo(3);
    }

    @Test
    void researchersReviewersAndIntegrationsMayNotListTheDirectory() {
        String id = registered("inst-" + UUID.randomUUID());

        for (String role : List.of("researcher", "reviewer", "integration")) {
            HttpApi.Response response = api.get("/api/researchers", TestTokens.token(id, role));
            assertThat(response.status()).as(role).isEqualTo(403);
        }
        assertThat(api.get("/api/researchers", null).status()).isEqualTo(401);
        assertThat(api.get("/api/researchers?limit=500", STEWARD).json().at("/code").asText()).isEqualTo("INVALID_LIMIT");
    }

    private String registered(String institution) {
        String id = "r-" + UUID.randomUUID();
        HttpApi.Response response = api.post("/api/researchers", STEWARD, HttpApi.json(Map.of("id", id, "name", "Ada Lovelace",
                "institution", institution, "country", "DE", "vetted", true, "dsa_signed", true)));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return id;
    }
}

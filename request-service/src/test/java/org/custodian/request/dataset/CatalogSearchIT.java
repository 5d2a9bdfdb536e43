package org.custodian.request.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Searching the catalog by DUO code, access mode, country and text, one stable page at a time. */
class CatalogSearchIT extends RequestServiceIntegration {

    private static final String READER = TestTokens.token("rita", "researcher");

    private String tag;

    @BeforeEach
    void catalog() {
        tag = "zq" + UUID.randomUUID().toString().substring(0, 8);
        register("a", "Diabetes outcomes " + tag, List.of("DUO:0000006"), List.of("DUO:0000046"), "DE", List.of("secure_enclave"));
        register("b", "Labour market " + tag, List.of("DUO:0000042"), List.of(), "FR", List.of("download", "secure_enclave"));
        register("c", "Student usage " + tag, List.of("DUO:0000004", "DUO:0000006"), List.of("DUO:0000021"), "DE", List.of("aggregate_api"));
        register("d", "Mobility traces " + tag, List.of("DUO:0000042"), List.of(), "US", List.of("download"));
    }

    @Test
    void everyFilterMustMatch() {
        assertThat(ids("?q=" + tag)).containsExactly(id("a"), id("b"), id("c"), id("d"));
        assertThat(ids("?q=" + tag.toUpperCase() + "&duo=DUO:0000006")).containsExactly(id("a"), id("c"));
        assertThat(ids("?q=" + tag + "&country=DE&access_mode=secure_enclave")).containsExactly(id("a"));
        assertThat(ids("?q=" + tag + "&access_mode=download&country=US")).containsExactly(id("d"));
        assertThat(ids("?q=DIABETES%20outcomes%20" + tag)).containsExactly(id("a"));
        assertThat(ids("?q=" + tag + "&duo=DUO:0000006&duo=DUO:0000046")).containsExactly(id("a"));
        assertThat(ids("?q=" + tag + "&country=JP")).isEmpty();
    }

    @Test
    void pagesFollowTheLinkInIdOrderWithoutRepeats() {
        List<String> seen = new ArrayList<>();
        String next = "/api/datasets?q=" + tag + "&limit=3";
        int pages = 0;
        while (next != null) {
            HttpApi.Response page = api.get(next, READER);
            assertThat(page.status()).as(page.raw()).isEqualTo(200);
            page.json().forEach(dataset -> seen.add(dataset.at("/id").asText()));
            String link = page.header("Link");
            next = link == null ? null : link.substring(link.indexOf("/api/"), link.indexOf('>'));
            pages++;
        }
        assertThat(pages).isEqualTo(2);
        assertThat(seen).containsExactly(id("a"), id("b"), id("c"), id("d"));
    }

    @ParameterizedTest
    @CsvSource({"duo=HMB,INVALID_DUO", "access_mode=ftp,INVALID_ACCESS_MODE", "country=de,INVALID_COUNTRY",
            "country=DE&country=FR,INVALID_COUNTRY", "limit=0,INVALID_LIMIT", "limit=abc,INVALID_LIMIT",
            "limit=201,INVALID_LIMIT", "cursor=%2E%2E,INVALID_CURSOR", "q=%20,INVALID_Q", "sort=title,UNKNOWN_PARAMETER"})
    void aBadParameterIsA400NamingIt(String query, String code) {
        HttpApi.Response response = api.get("/api/datasets?" + query, READER);

        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo(code);
    }

    @Test
    void anOversizedTextQueryIsRefused() {
        HttpApi.Response response = api.get("/api/datasets?q=" + "x".repeat(201), READER);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/code").asText()).isEqualTo("INVALID_Q");
    }

    private List<String> ids(String query) {
        HttpApi.Response response = api.get("/api/datasets" + query, READER);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false).map(node -> node.at("/id").asText()).toList();
    }

    private String id(String letter) {
        return "ds-" + tag + "-" + letter;
    }

    private void register(String letter, String title, List<String> uses, List<String> modifiers, String country,
                          List<String> modes) {
        Map<String, Object> body = new HashMap<>(dataset(id(letter), uses, "auto"));
        body.put("title", title);
        @SuppressWarnings("unchecked")
        Map<String, Object> terms = new HashMap<>((Map<String, Object>) body.get("terms"));
        terms.put("modifiers", modifiers);
        terms.put("home_country", country);
        terms.put("access_modes", modes);
        body.put("terms", terms);
        HttpApi.Response response = api.post("/api/datasets", STEWARD, HttpApi.json(body));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
    }
}

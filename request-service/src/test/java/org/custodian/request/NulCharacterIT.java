package org.custodian.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodian.testing.HttpApi;
import org.junit.jupiter.api.Test;

/**
 * Invariant 6 for the NUL character (U+0000), which PostgreSQL's text and jsonb cannot hold: any JSON body
 * holding one is refused with 400 NUL_CHARACTER before a controller sees it, and nothing is stored.
 */
class NulCharacterIT extends RequestServiceIntegration {

    private static final String ESCAPED_NUL = "\\u0000";

    @Test
    void aNulInAJsonBodyIsRefusedEscapedOrRaw() {
        String id = "r-nul-" + UUID.randomUUID().toString().substring(0, 8);
        long before = storedEvents();

        assertRefused(api.post("/api/researchers", STEWARD, researcher(id, "Ada" + ESCAPED_NUL)));
        assertRefused(api.post("/api/researchers", STEWARD, researcher(id, "Ada\0")));
        assertRefused(api.post("/api/datasets", STEWARD, HttpApi.json(dataset("ds-nul", List.of("DUO:0000042"), "auto"))
                .replace("Trial outcomes", "Trial" + ESCAPED_NUL)));

        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api.get("/api/researchers/" + id, STEWARD).status()).isEqualTo(404);
        assertThat(api.post("/api/researchers", STEWARD, researcher(id, "Ada \\\\u0000 Lovelace")).status())
                .as("an escaped backslash before u0000 is text").isEqualTo(201);
        assertThat(api.get("/api/researchers/" + id, STEWARD).json().at("/name").asText()).isEqualTo("Ada \\u0000 Lovelace");
    }

    private static String researcher(String id, String name) {
        return HttpApi.json(Map.of("id", id, "name", "NAME", "institution", "inst-1", "country", "DE"))
                .replace("NAME", name);
    }

    private static void assertRefused(HttpApi.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo("NUL_CHARACTER");
    }
}

package org.custodian.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custodian.testing.HttpApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One request through all four services as the local platform runs them: separate processes on one
 * embedded KRaft broker and one embedded PostgreSQL, driven over HTTP as users would.
 */
class WalkingSkeletonIT {

    private static final Duration ASYNC = Duration.ofSeconds(120);

    private static RunningPlatform platform;
    private static HttpApi requests;
    private static HttpApi releases;
    private static HttpApi audit;
    private static String steward;
    private static String researcher;
    private static String compliance;

    @BeforeAll
    static void startPlatform() throws IOException {
        Path repository = Path.of("").toAbsolutePath().getParent();
        Path data = Files.createTempDirectory("custodian-e2e");
        List<Integer> ports = freePorts(7);
        PlatformLayout layout = new PlatformLayout(repository, data, ports.get(0), ports.get(1), ports.get(2),
                consecutiveFreePorts(4));
        platform = RunningPlatform.start(layout, Duration.ofMinutes(5));
        requests = new HttpApi(platform.url("request-service"));
        releases = new HttpApi(platform.url("release-service"));
        audit = new HttpApi(platform.url("audit-service"));
        steward = platform.token("sam-steward", "steward");
        researcher = platform.token("r-e2e", "researcher");
        compliance = platform.token("cora-compliance", "compliance");
        registerCatalog();
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void anAllowedRequestIsApprovedReleasedAndAuditedOnce() {
        String id = submit(Map.of("codes", List.of("DUO:0000007"), "disease", "MONDO:0005148",
                "statement", "Does drug X reduce HbA1c in type 2 diabetes?"), "ds-trials");

        JsonNode request = awaitState(id, "APPROVED");
        assertThat(request.findValuesAsText("event")).containsSubsequence("request.submitted", "request.approved");

        List<String> types = awaitAuditTypes(id, 4);
        assertThat(types).containsExactlyInAnyOrder("org.custodian.request.submitted.v1",
                "org.custodian.decision.made.v1", "org.custodian.request.approved.v1", "org.custodian.release.issued.v1");
        JsonNode release = releaseOf(id);
        assertThat(release.at("/erase_by").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void aRequestOutsideThePermittedPurposeIsRejectedAndNeverReleased() {
        String id = submit(Map.of("codes", List.of("DUO:0000011"), "statement", "Where did this population come from?"),
                "ds-trials");

        JsonNode request = awaitState(id, "REJECTED");
        assertThat(request.findValuesAsText("code")).contains("PURPOSE_NOT_PERMITTED");

        List<String> types = awaitAuditTypes(id, 3);
        assertThat(types).containsExactlyInAnyOrder("org.custodian.request.submitted.v1",
                "org.custodian.decision.made.v1", "org.custodian.request.rejected.v1");
        assertThat(releases.get("/api/releases", researcher).json().findValuesAsText("request_id")).doesNotContain(id);
    }

    @Test
    void theAuditLogHoldsEveryCatalogEventExactlyOnce() {
        List<String> types = awaitAuditTypes("ds-trials", 1);
        assertThat(types).containsExactly("org.custodian.dataset.registered.v1");
        assertThat(audit.get("/api/audit/verify", compliance).json().at("/valid").asBoolean()).isTrue();
    }

    private static void registerCatalog() {
        HttpApi.Response dataset = requests.post("/api/datasets", steward, HttpApi.json(Map.of(
                "id", "ds-trials", "title", "Trial outcomes", "description", "Phase III diabetes trial",
                "terms", Map.ofEntries(
                        Map.entry("permitted_uses", List.of("DUO:0000006")),
                        Map.entry("consent", Map.of("basis", "informed_consent")),
                        Map.entry("retention_max_days", 1095),
                        Map.entry("home_country", "DE"),
                        Map.entry("regimes", List.of("GDPR")),
                        Map.entry("sensitivity", 2),
                        Map.entry("access_modes", List.of("secure_enclave")),
                        Map.entry("fields", List.of("age_band", "hba1c")),
                        Map.entry("publication_review", "notify"),
                        Map.entry("review", "auto")))));
        assertThat(dataset.status()).as(dataset.raw()).isEqualTo(201);
        HttpApi.Response person = requests.post("/api/researchers", steward, HttpApi.json(Map.of(
                "id", "r-e2e", "name", "Ada Lovelace", "institution", "inst-1", "country", "DE", "vetted", true,
                "dsa_signed", true, "irb", Map.of("reference", "IRB-22-104", "expires", "2031-06-30"))));
        assertThat(person.status()).as(person.raw()).isEqualTo(201);
    }

    private static String submit(Map<String, Object> purpose, String dataset) {
        HttpApi.Response response = requests.post("/api/requests", researcher, HttpApi.json(Map.of(
                "datasets", List.of(dataset), "purpose", purpose, "fields", List.of("age_band", "hba1c"),
                "duration_days", 365, "processing_country", "DE", "access_mode", "secure_enclave")));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.json().at("/id").asText();
    }

    private static JsonNode awaitState(String id, String state) {
        await().atMost(ASYNC).pollInterval(Duration.ofMillis(500)).until(() ->
                state.equals(requests.get("/api/requests/" + id, researcher).json().at("/state").asText()));
        return requests.get("/api/requests/" + id, researcher).json();
    }

    /** Waits for {@code count} audit entries about {@code subject}, then checks no more arrive and none repeats. */
    private static List<String> awaitAuditTypes(String subject, int count) {
        await().atMost(ASYNC).pollInterval(Duration.ofMillis(500))
                .until(() -> auditEntries(subject).size() >= count);
        await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
        List<JsonNode> entries = auditEntries(subject);
        assertThat(entries.stream().map(e -> e.at("/event_id").asText()).distinct().count()).isEqualTo(entries.size());
        return entries.stream().map(e -> e.at("/type").asText()).toList();
    }

    private static List<JsonNode> auditEntries(String subject) {
        HttpApi.Response response = audit.get("/api/audit/entries?subject=" + subject, compliance);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        response.json().at("/entries").forEach(entries::add);
        return entries;
    }

    private static JsonNode releaseOf(String requestId) {
        await().atMost(ASYNC).until(() -> releases.get("/api/releases", researcher).json()
                .findValuesAsText("request_id").contains(requestId));
        for (JsonNode release : releases.get("/api/releases", researcher).json()) {
            if (release.at("/request_id").asText().equals(requestId)) {
                return release;
            }
        }
        throw new AssertionError("No release for " + requestId);
    }

    private static List<Integer> freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    private static int consecutiveFreePorts(int count) throws IOException {
        for (int base = 28081; base < 29000; base += count) {
            if (allFree(base, count)) {
                return base;
            }
        }
        throw new IllegalStateException("No " + count + " consecutive free ports");
    }

    private static boolean allFree(int base, int count) {
        for (int port = base; port < base + count; port++) {
            try (ServerSocket ignored = new ServerSocket(port)) {
                // free
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}

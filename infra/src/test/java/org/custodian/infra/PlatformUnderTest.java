package org.custodian.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custodian.testing.FreePorts;
import org.custodian.testing.HttpApi;

/**
 * The four services and the console as separate processes on one embedded broker and one embedded PostgreSQL, started once
 * for all end-to-end tests of this JVM (a start costs half a minute) and stopped when the JVM exits. Each
 * test class registers datasets and researchers of its own, so the classes never see each other's data.
 */
final class PlatformUnderTest {

    static final Duration ASYNC = Duration.ofSeconds(120);
    /** Standard Webhooks secret of the integration named {@code hr} (base64 of a 32-byte key). */
    static final String HR_WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private static PlatformUnderTest shared;

    final RunningPlatform platform;
    final SlackWorkspace slack;
    final HttpApi requests;
    final HttpApi policy;
    final HttpApi releases;
    final HttpApi audit;
    final String steward;
    final String compliance;
    final String integration;

    private PlatformUnderTest(SlackWorkspace slack, RunningPlatform platform) {
        this.slack = slack;
        this.platform = platform;
        this.requests = new HttpApi(platform.url("request-service"));
        this.policy = new HttpApi(platform.url("policy-service"));
        this.releases = new HttpApi(platform.url("release-service"));
        this.audit = new HttpApi(platform.url("audit-service"));
        this.steward = platform.token("sam-steward", "steward");
        this.compliance = platform.token("cora-compliance", "compliance");
        this.integration = platform.token("enclave-eu", "integration");
    }

    static synchronized PlatformUnderTest get() {
        if (shared == null) {
            SlackWorkspace slack = new SlackWorkspace();
            shared = new PlatformUnderTest(slack, start(slack));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                shared.platform.close();
                slack.close();
            }, "platform-under-test-stop"));
        }
        return shared;
    }

    private static RunningPlatform start(SlackWorkspace slack) {
        try {
            Path here = Path.of("").toAbsolutePath();
            Path repository = Files.isDirectory(here.resolve("infra")) ? here : here.getParent();
            Path data = Files.createTempDirectory("custodian-e2e");
            List<Integer> ports = FreePorts.distinct(3);
            // five ports: the console's, then the four services'
            PlatformLayout layout = new PlatformLayout(repository, data, ports.get(0), ports.get(1), ports.get(2),
                    consecutiveFreePorts(5) + 1);
            return RunningPlatform.start(layout, Duration.ofMinutes(8), settings(slack));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> settings(SlackWorkspace slack) {
        Map<String, String> settings = new HashMap<>(slack.settings());
        settings.put("custodian.integrations.webhooks.hr.secrets[0]", HR_WEBHOOK_SECRET);
        // a checkpoint soon after each entry, so the console can show an entry's proof without a minute's wait
        settings.put("custodian.audit.checkpoint.every", "3s");
        return settings;
    }

    String token(String subject, String... roles) {
        return platform.token(subject, roles);
    }

    String bootstrapServers() {
        return platform.layout().bootstrapServers();
    }

    void registerDataset(String id, String review, List<String> permittedUses) {
        registerDataset(id, review, permittedUses, 2);
    }

    void registerDataset(String id, String review, List<String> permittedUses, int sensitivity) {
        HttpApi.Response dataset = requests.post("/api/datasets", steward, HttpApi.json(Map.of(
                "id", id, "title", "Trial outcomes " + id, "description", "Phase III diabetes trial",
                "terms", Map.ofEntries(
                        Map.entry("permitted_uses", permittedUses),
                        Map.entry("consent", Map.of("basis", "informed_consent")),
                        Map.entry("retention_max_days", 1095),
                        Map.entry("home_country", "DE"),
                        Map.entry("regimes", List.of("GDPR")),
                        Map.entry("sensitivity", sensitivity),
                        Map.entry("access_modes", List.of("secure_enclave")),
                        Map.entry("fields", List.of("age_band", "hba1c")),
                        Map.entry("publication_review", "notify"),
                        Map.entry("review", review)))));
        assertThat(dataset.status()).as(dataset.raw()).isEqualTo(201);
    }

    void registerResearcher(String id, String institution) {
        registerResearcher(id, institution, true);
    }

    void registerResearcher(String id, String institution, boolean dsaSigned) {
        HttpApi.Response person = requests.post("/api/researchers", steward, HttpApi.json(Map.of(
                "id", id, "name", "Ada " + id, "institution", institution, "country", "DE", "vetted", true,
                "dsa_signed", dsaSigned, "irb_approvals", List.of(Map.of("reference", "IRB-22-104", "expires", "2031-06-30")))));
        assertThat(person.status()).as(person.raw()).isEqualTo(201);
    }

    String submit(String researcherToken, Map<String, Object> purpose, String dataset) {
        HttpApi.Response response = requests.post("/api/requests", researcherToken, HttpApi.json(Map.of(
                "datasets", List.of(dataset), "purpose", purpose, "fields", List.of("age_band", "hba1c"),
                "duration_days", 365, "processing_country", "DE", "access_mode", "secure_enclave")));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.json().at("/id").asText();
    }

    static Map<String, Object> diabetesResearch() {
        return Map.of("codes", List.of("DUO:0000007"), "disease", "MONDO:0005148",
                "statement", "Does drug X reduce HbA1c in type 2 diabetes?");
    }

    JsonNode awaitState(String id, String researcherToken, String state) {
        await().atMost(ASYNC).pollInterval(Duration.ofMillis(500)).until(() ->
                state.equals(requests.get("/api/requests/" + id, researcherToken).json().at("/state").asText()));
        return requests.get("/api/requests/" + id, researcherToken).json();
    }

    /** Waits for {@code count} audit entries about {@code subject}, then checks no more arrive and none repeats. */
    List<String> awaitAuditTypes(String subject, int count) {
        await().atMost(ASYNC).pollInterval(Duration.ofMillis(500)).until(() -> auditEntries(subject).size() >= count);
        await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
        List<JsonNode> entries = auditEntries(subject);
        assertThat(entries.stream().map(e -> e.at("/event_id").asText()).distinct().count()).isEqualTo(entries.size());
        return entries.stream().map(e -> e.at("/type").asText()).toList();
    }

    /** Waits until the audit log holds an entry of {@code type} about {@code subject}. */
    JsonNode awaitAuditEntry(String subject, String type) {
        await().atMost(ASYNC).pollInterval(Duration.ofMillis(500)).until(() ->
                auditEntries(subject).stream().anyMatch(e -> e.at("/type").asText().equals(type)));
        return auditEntries(subject).stream().filter(e -> e.at("/type").asText().equals(type)).findFirst().orElseThrow();
    }

    List<JsonNode> auditEntries(String subject) {
        HttpApi.Response response = audit.get("/api/audit/entries?subject=" + subject, compliance);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        response.json().at("/entries").forEach(entries::add);
        return entries;
    }

    JsonNode releaseOf(String requestId, String researcherToken) {
        await().atMost(ASYNC).until(() -> releases.get("/api/releases", researcherToken).json()
                .findValuesAsText("request_id").contains(requestId));
        for (JsonNode release : releases.get("/api/releases", researcherToken).json()) {
            if (release.at("/request_id").asText().equals(requestId)) {
                return release;
            }
        }
        throw new AssertionError("No release for " + requestId);
    }

    private static int consecutiveFreePorts(int count) {
        for (int base = 28080; base < 29000; base += count) {
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

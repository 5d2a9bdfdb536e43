package org.custodian.policy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.custodian.testing.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same Rego in a real OPA server ({@code opa run --server}) decides every golden fixture exactly
 * as the in-process wasm does. Needs the {@code opa} binary ({@code -Dcustodian.test.opa=PATH}).
 */
class OpaServerEngineIT {

    private static final Path OPA = opaBinary();
    private static final Path REGO = Path.of("src/main/rego");

    private static Process server;
    private static OpaServerPolicyEngine engine;
    private static WasmPolicyEngine wasm;

    /** {@code -Dcustodian.test.opa}, else the first {@code opa} on PATH, else where {@code go install} puts it. */
    private static Path opaBinary() {
        String configured = System.getProperty("custodian.test.opa");
        if (configured != null) {
            return Path.of(configured);
        }
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "opa")).filter(Files::isExecutable).findFirst()
                .orElse(Path.of(System.getProperty("user.home"), "go", "bin", "opa"));
    }

    @BeforeAll
    static void startOpa() throws IOException {
        if (System.getenv("CI") != null) {
            assertThat(Files.isExecutable(OPA)).as("CI installs opa; found none on PATH or in ~/go/bin").isTrue();
        }
        assumeThat(Files.isExecutable(OPA)).as("an opa binary (PATH, ~/go/bin or -Dcustodian.test.opa)").isTrue();
        int port = FreePorts.one();
        server = new ProcessBuilder(OPA.toString(), "run", "--server", "--addr", "127.0.0.1:" + port,
                "--ignore", "*_test.rego", REGO.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        URI url = URI.create("http://127.0.0.1:" + port);
        await().atMost(Duration.ofSeconds(30)).until(() -> healthy(url));
        PolicyBundle bundle = GoldenDecisions.shippedBundle();
        engine = new OpaServerPolicyEngine(bundle, url);
        wasm = new WasmPolicyEngine(bundle, 1);
    }

    @AfterAll
    static void stopOpa() {
        if (server != null) {
            server.destroy();
        }
        if (wasm != null) {
            wasm.close();
        }
    }

    static List<GoldenDecisions.Case> fixtures() {
        return GoldenDecisions.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void decidesEveryFixtureAsTheWasmEngineDoes(GoldenDecisions.Case fixture) {
        ObjectNode overHttp = engine.evaluate(fixture.input(), fixture.datasets());

        assertThat(GoldenDecisions.withoutRevision(overHttp)).isEqualTo(GoldenDecisions.withoutRevision(fixture.expected()));
        assertThat(overHttp).isEqualTo(wasm.evaluate(fixture.input(), fixture.datasets()));
    }

    @Test
    void theServerIsGivenTheRevisionOfTheShippedPolicy() {
        GoldenDecisions.Case any = fixtures().get(0);

        assertThat(engine.evaluate(any.input(), any.datasets()).get("policy_revision").asText())
                .isEqualTo(wasm.revision()).startsWith("sha256:");
        assertThat(engine.name()).isEqualTo("opa-server");
    }

    private static boolean healthy(URI url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

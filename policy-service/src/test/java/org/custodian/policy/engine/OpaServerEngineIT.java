package org.custodian.policy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    private static final Path OPA = OpaServer.binary();
    private static final Path REGO = Path.of("src/main/rego");

    private static OpaServer server;
    private static OpaServerPolicyEngine engine;
    private static WasmPolicyEngine wasm;

    @BeforeAll
    static void startOpa() throws IOException, InterruptedException {
        if (System.getenv("CI") != null) {
            assertThat(Files.isExecutable(OPA)).as("CI installs opa; found none on PATH or in ~/go/bin").isTrue();
        }
        assumeThat(Files.isExecutable(OPA)).as("an opa binary (PATH, ~/go/bin or -Dcustodian.test.opa)").isTrue();
        server = OpaServer.start(REGO);
        PolicyBundle bundle = GoldenDecisions.shippedBundle();
        engine = new OpaServerPolicyEngine(bundle, server.url());
        wasm = new WasmPolicyEngine(bundle, 1);
    }

    @AfterAll
    static void stopOpa() {
        if (server != null) {
            server.close();
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
}

package org.custodian.policy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

/** The shipped policy.wasm, evaluated in-process, decides every golden fixture as expected. */
class WasmPolicyEngineTest {

    private static WasmPolicyEngine engine;

    @BeforeAll
    static void start() {
        engine = new WasmPolicyEngine(GoldenDecisions.shippedBundle(), 2);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    static List<GoldenDecisions.Case> fixtures() {
        return GoldenDecisions.all();
    }

    @Test
    void thereAreGoldenFixtures() {
        assertThat(fixtures()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void decidesAsTheGoldenFixtureExpects(GoldenDecisions.Case fixture) {
        ObjectNode document = engine.evaluate(fixture.input(), fixture.datasets());

        assertThat(GoldenDecisions.withoutRevision(document)).isEqualTo(GoldenDecisions.withoutRevision(fixture.expected()));
        assertThat(engine.decide(fixture.input(), fixture.datasets()).outcome().wireName())
                .isEqualTo(fixture.expected().get("outcome").asText());
    }

    @Test
    void everyDecisionNamesTheDigestOfTheShippedPolicyAndItsTables() throws Exception {
        byte[] wasm = new ClassPathResource("policy/policy.wasm").getContentAsByteArray();
        ObjectMapper json = new ObjectMapper();
        byte[] tables = json.writeValueAsBytes(json.readTree(new ClassPathResource("policy/data.json").getContentAsByteArray()));
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(wasm);
        String digest = "sha256:" + HexFormat.of().formatHex(sha256.digest(tables));
        GoldenDecisions.Case any = fixtures().get(0);

        assertThat(engine.revision()).isEqualTo(digest);
        assertThat(engine.evaluate(any.input(), any.datasets()).get("policy_revision").asText()).isEqualTo(digest);
    }

    @Test
    void concurrentDecisionsOnDifferentTermsDoNotSeeEachOthersData() throws Exception {
        List<GoldenDecisions.Case> fixtures = fixtures();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                for (GoldenDecisions.Case fixture : fixtures) {
                    results.add(threads.submit(() -> GoldenDecisions.withoutRevision(engine.evaluate(fixture.input(),
                            fixture.datasets())).equals(GoldenDecisions.withoutRevision(fixture.expected()))));
                }
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}

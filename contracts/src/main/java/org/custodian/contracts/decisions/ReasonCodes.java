package org.custodian.contracts.decisions;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.custodian.contracts.ContractJson;

/**
 * The outcome each of the policy's reason codes leads to, from the policy's own {@code reason-codes.json}
 * (packaged into this jar by the build): a decision lists every reason found, so a denied request also
 * carries its review reasons, and only the deny ones are why it was denied.
 */
public final class ReasonCodes {

    private static final Map<String, Outcome> OUTCOMES = read("org/custodian/contracts/decisions/reason-codes.json");

    private ReasonCodes() {
    }

    /** The outcome this code leads to; empty for a code the policy does not list (a reviewer's or a newer policy's). */
    public static Optional<Outcome> outcomeOf(String code) {
        return Optional.ofNullable(OUTCOMES.get(code));
    }

    /** Whether a reason with this code is a reason to deny: every code but the policy's review and allow ones. */
    public static boolean denies(String code) {
        return outcomeOf(code).map(outcome -> outcome == Outcome.DENY).orElse(true);
    }

    private static Map<String, Outcome> read(String path) {
        try (InputStream in = ReasonCodes.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No " + path + " on the classpath");
            }
            Map<String, Outcome> outcomes = new HashMap<>();
            for (JsonNode code : ContractJson.mapper().readTree(in)) {
                outcomes.put(code.path("code").asText(), Outcome.fromWireName(code.path("outcome").asText()));
            }
            return Map.copyOf(outcomes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

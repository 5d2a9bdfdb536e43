package org.custodian.policy.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.custodian.contracts.ContractJson;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The golden fixtures beside the Rego ({@code decisions/*.json}) and the policy bundle the service ships. */
final class GoldenDecisions {

    record Case(String name, JsonNode input, ObjectNode datasets, ObjectNode expected) {

        @Override
        public String toString() {
            return name;
        }
    }

    private GoldenDecisions() {
    }

    static PolicyBundle shippedBundle() {
        return PolicyBundle.load(new ClassPathResource("policy/policy.wasm"), new ClassPathResource("policy/data.json"));
    }

    static List<Case> all() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:decisions/*.json");
            return Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).map(GoldenDecisions::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document without its revision: the fixtures predate any particular build of the policy. */
    static ObjectNode withoutRevision(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        copy.remove("policy_revision");
        return copy;
    }

    private static Case read(Resource file) {
        try {
            JsonNode fixture = ContractJson.mapper().readTree(file.getInputStream());
            JsonNode datasets = fixture.path("data").path("datasets");
            return new Case(file.getFilename(), fixture.get("input"),
                    datasets.isObject() ? (ObjectNode) datasets : ContractJson.mapper().createObjectNode(),
                    (ObjectNode) fixture.get("expected"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

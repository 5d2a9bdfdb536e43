package org.custodian.policy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.Reason;
import org.junit.jupiter.api.Test;

class DecisionDocumentsTest {

    @Test
    void anUndefinedResultIsADenyWithPolicyUndefined() {
        Decision decision = DecisionDocuments.toDecision(DecisionDocuments.document(null, "sha256:abc"));

        assertThat(decision.outcome()).isEqualTo(Outcome.DENY);
        assertThat(decision.reasons()).containsExactly(new Reason("decision", "POLICY_UNDEFINED", null,
                "The policy produced no decision for this request."));
        assertThat(decision.policyRevision()).isEqualTo("sha256:abc");
    }

    @Test
    void aResultThatIsNoDecisionIsUndefinedToo() throws Exception {
        JsonNode shapeless = ContractJson.mapper().readTree("{\"outcome\": \"maybe\", \"reasons\": []}");

        assertThat(DecisionDocuments.document(shapeless, "sha256:abc").at("/reasons/0/code").asText())
                .isEqualTo("POLICY_UNDEFINED");
    }

    @Test
    void aDecisionKeepsTheRevisionThePolicyNamedAndGetsOneIfItNamedNone() throws Exception {
        JsonNode named = ContractJson.mapper().readTree("{\"outcome\": \"allow\", \"reasons\": [], \"policy_revision\": \"sha256:rego\"}");
        JsonNode unnamed = ContractJson.mapper().readTree("{\"outcome\": \"review\", \"reasons\": []}");

        assertThat(DecisionDocuments.document(named, "sha256:abc").get("policy_revision").asText()).isEqualTo("sha256:rego");
        assertThat(DecisionDocuments.document(unnamed, "sha256:abc").get("policy_revision").asText()).isEqualTo("sha256:abc");
    }
}

package org.custodian.contracts.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.EventSchemas;
import org.custodian.contracts.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The approvals each rule needs, never fewer than the committee's, and the rule on the wire. */
class VotingRuleTest {

    @ParameterizedTest(name = "{0}: {1} required, {2} eligible -> {3}")
    @CsvSource({
            "quorum_with_veto, 2, 3, 2",
            "quorum_with_veto, 2, 5, 2",
            "majority, 2, 3, 2",
            "majority, 2, 5, 3",
            "majority, 2, 4, 3",
            "majority, 3, 3, 3",
            "unanimous, 2, 3, 3",
            "unanimous, 2, 1, 2"})
    void approvalsNeeded(String rule, int required, int eligible, int needed) {
        assertThat(VotingRule.fromWireName(rule).approvalsNeeded(required, eligible)).isEqualTo(needed);
    }

    @Test
    void anAssignmentWithoutARuleIsUnderTheDefaultAndStillValid() {
        ObjectNode data = ContractJson.mapper().valueToTree(
                new ReviewAssigned("req-1", "dec-1", List.of("ds-1"), List.of("rev-1"), 1, false, "r-1"));
        assertThat(data.at("/voting").asText()).isEqualTo("quorum_with_veto");
        data.remove("voting");

        assertThat(EventSchemas.violations(EventType.REVIEW_ASSIGNED, data)).isEmpty();
        assertThat(ContractJson.mapper().convertValue(data, ReviewAssigned.class).voting()).isNull();
        assertThat(VotingRule.orDefault(null)).isEqualTo(VotingRule.QUORUM_WITH_VETO);
    }

    @Test
    void anUnknownRuleBreaksTheSchema() {
        ObjectNode data = ContractJson.mapper().valueToTree(
                new ReviewAssigned("req-1", "dec-1", List.of("ds-1"), List.of("rev-1"), 1, false, "r-1"));
        data.put("voting", "plurality");

        assertThat(EventSchemas.violations(EventType.REVIEW_ASSIGNED, data)).isNotEmpty();
        assertThat(VotingRule.find("plurality")).isEmpty();
    }
}

package org.custodian.policy.reevaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.Reason;
import org.junit.jupiter.api.Test;

class ShorterPeriodTest {

    private static final ObjectNode TERMS = (ObjectNode) ContractJson.mapper().valueToTree(java.util.Map.of(
            "ds-a", java.util.Map.of("retention_max_days", 200),
            "ds-b", java.util.Map.of("retention_max_days", 300, "time_limit_days", 150)));

    @Test
    void aPeriodTooLongForOneOrMoreDatasetsIsCutToTheShortestLimitFound() {
        assertThat(ShorterPeriod.within(deny(reason("RETENTION_EXCEEDED", "ds-a")), TERMS)).contains(200);
        assertThat(ShorterPeriod.within(deny(reason("RETENTION_EXCEEDED", "ds-a"), reason("TIME_LIMIT_EXCEEDED", "ds-b")),
                TERMS)).contains(150);
    }

    @Test
    void anyOtherDenyReasonOrOutcomeLeavesTheDecisionAsItIs() {
        assertThat(ShorterPeriod.within(deny(reason("RETENTION_EXCEEDED", "ds-a"), reason("ETHICS_APPROVAL_MISSING", "ds-a")),
                TERMS)).isEmpty();
        assertThat(ShorterPeriod.within(new Decision(Outcome.ALLOW, List.of(), null, "r"), TERMS)).isEmpty();
        assertThat(ShorterPeriod.within(deny(), TERMS)).isEmpty();
        assertThat(ShorterPeriod.within(deny(reason("TIME_LIMIT_EXCEEDED", "ds-a")), TERMS))
                .as("a limit the terms do not hold").isEmpty();
        assertThat(ShorterPeriod.within(deny(reason("RETENTION_EXCEEDED", null)), TERMS)).isEmpty();
    }

    private static Decision deny(Reason... reasons) {
        return new Decision(Outcome.DENY, List.of(reasons), null, "r");
    }

    private static Reason reason(String code, String dataset) {
        return new Reason("retention", code, dataset, "too long");
    }
}

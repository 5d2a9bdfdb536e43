package org.custodian.contracts.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.EventSchemas;
import org.custodian.contracts.EventType;
import org.junit.jupiter.api.Test;

/** A blinded review never names the requester, neither in the record nor on the wire. */
class ReviewAssignedTest {

    @Test
    void aBlindedReviewNamingTheRequesterBreaksTheSchema() {
        ObjectNode data = ContractJson.mapper().valueToTree(
                new ReviewAssigned("req-1", "dec-1", List.of("ds-1"), List.of("rev-1"), 1, false, "r-1"));
        data.put("blinded", true);

        assertThat(EventSchemas.violations(EventType.REVIEW_ASSIGNED, data)).isNotEmpty();
    }

    @Test
    void anOpenReviewMayNameTheRequester() {
        ObjectNode data = ContractJson.mapper().valueToTree(
                new ReviewAssigned("req-1", "dec-1", List.of("ds-1"), List.of("rev-1"), 1, false, "r-1"));

        assertThat(EventSchemas.violations(EventType.REVIEW_ASSIGNED, data)).isEmpty();
    }

    @Test
    void theRecordRefusesABlindedReviewNamingTheRequester() {
        assertThatThrownBy(() -> new ReviewAssigned("req-1", "dec-1", List.of("ds-1"), List.of(), 2, true, "r-1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package org.custodian.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.ReasonCodes;
import org.junit.jupiter.api.Test;

/** What readers of stored events (the audit log) rely on: the type in any version, the record from its data, the reason codes. */
class StoredEventReadingTest {

    @Test
    void everySampleIsReadBackFromItsDataAsItsRecordInAnyVersionOfItsType() {
        for (GovernanceEvent event : Samples.all()) {
            EventType type = EventType.of(event);
            JsonNode data = ContractJson.mapper().valueToTree(event);

            assertThat(EventType.fromAnyVersion(type.cloudEventType().replaceAll("\\.v1$", ".v7"))).contains(type);
            assertThat(type.read(data)).isEqualTo(event);
        }
    }

    @Test
    void onlyCustodiansOwnTypesAreKnown() {
        assertThat(EventType.fromAnyVersion("com.example.request.approved.v1")).isEmpty();
        assertThat(EventType.fromAnyVersion("org.custodian.request.approved")).isEmpty();
        assertThat(EventType.fromAnyVersion("org.custodian.request.unheard-of.v1")).isEmpty();
    }

    @Test
    void dataThatIsNotTheRecordIsAnInvalidEvent() {
        JsonNode noDatasets = ContractJson.mapper().createObjectNode().put("request_id", "req-1");

        assertThatThrownBy(() -> EventType.REQUEST_APPROVED.read(noDatasets)).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> EventType.REQUEST_APPROVED.read(ContractJson.mapper().nullNode()))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void reasonCodesKnowTheOutcomeTheyLeadTo() {
        assertThat(ReasonCodes.outcomeOf("DSA_NOT_SIGNED")).contains(Outcome.DENY);
        assertThat(ReasonCodes.outcomeOf("COMMITTEE_REVIEW_REQUIRED")).contains(Outcome.REVIEW);
        assertThat(ReasonCodes.outcomeOf("CONSENTED_SUBSET_ONLY")).contains(Outcome.ALLOW);
        assertThat(ReasonCodes.denies("TRANSFER_REQUIRES_SAFEGUARDS")).isFalse();
        assertThat(ReasonCodes.denies("POLICY_UNDEFINED")).isTrue();
        assertThat(ReasonCodes.denies("REVIEW_REJECTED")).as("a code outside the policy's table (a reviewer's)").isTrue();
    }
}

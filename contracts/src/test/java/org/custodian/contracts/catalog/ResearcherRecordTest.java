package org.custodian.contracts.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.custodian.contracts.ContractJson;
import org.junit.jupiter.api.Test;

class ResearcherRecordTest {

    private static final IrbApproval OLDER = new IrbApproval("IRB-21-007", LocalDate.parse("2026-12-31"));
    private static final IrbApproval NEWER = new IrbApproval("IRB-22-104", LocalDate.parse("2027-06-30"));

    private static ResearcherRegistered registered(List<IrbApproval> approvals) {
        return new ResearcherRegistered("r-1", "Ada", "inst-1", "DE", false, true, true, false, false, approvals,
                new DsaSignature("2026-03", LocalDate.parse("2026-04-01")), "U024BE7LH");
    }

    @Test
    void thePolicyChecksTheApprovalValidLongest() {
        assertThat(registered(List.of(NEWER, OLDER)).irb()).isEqualTo(NEWER);
        assertThat(registered(List.of(OLDER)).irb()).isEqualTo(OLDER);
        assertThat(registered(List.of()).irb()).isNull();
    }

    @Test
    void readersOfTheFirstShapeStillFindIrbAndTheRecordReadsBackWhole() throws Exception {
        ResearcherRegistered event = registered(List.of(OLDER, NEWER));

        JsonNode json = ContractJson.mapper().valueToTree(event);

        assertThat(json.path("irb").path("reference").asText()).isEqualTo("IRB-22-104");
        assertThat(json.path("irb_approvals")).hasSize(2);
        assertThat(json.path("dsa").path("signed_on").asText()).isEqualTo("2026-04-01");
        assertThat(json.path("slack_user_id").asText()).isEqualTo("U024BE7LH");
        assertThat(ContractJson.mapper().treeToValue(json, ResearcherRegistered.class)).isEqualTo(event);
    }

    @Test
    void anEventOfTheFirstShapeKeepsItsOneApproval() throws Exception {
        String firstShape = "{\"researcher_id\":\"r-1\",\"name\":\"Ada\",\"institution\":\"inst-1\",\"country\":\"DE\","
                + "\"vetted\":true,\"dsa_signed\":true,\"irb\":{\"reference\":\"IRB-22-104\",\"expires\":\"2027-06-30\"}}";

        ResearcherRegistered read = ContractJson.mapper().readValue(firstShape, ResearcherRegistered.class);
        ResearcherCredentialsChanged changed = ContractJson.mapper().readValue(
                firstShape.replace("\"name\":\"Ada\",", "\"active\":true,\"reason\":\"irb.expired\","),
                ResearcherCredentialsChanged.class);

        assertThat(read.irbApprovals()).containsExactly(NEWER);
        assertThat(changed.irbApprovals()).containsExactly(NEWER);
        assertThat(changed.active()).isTrue();
    }

    @Test
    void absentApprovalsAreAnEmptyList() {
        ResearcherCredentialsChanged changed = new ResearcherCredentialsChanged("r-1", "inst-1", "DE", false, true,
                false, false, false, null, null, null, true, "credentials.edited");

        assertThat(changed.irbApprovals()).isEmpty();
        assertThat(changed.irb()).isNull();
    }
}

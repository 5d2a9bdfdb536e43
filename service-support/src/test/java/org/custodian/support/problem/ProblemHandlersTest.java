package org.custodian.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemHandlersTest {

    @Test
    void invalidFieldsAreNamedAsClientsWriteThem() {
        assertThat(ProblemHandlers.wireName("slackUserId")).isEqualTo("slack_user_id");
        assertThat(ProblemHandlers.wireName("irbApprovals[0].expires")).isEqualTo("irb_approvals[0].expires");
        assertThat(ProblemHandlers.wireName("dsa.signedOn")).isEqualTo("dsa.signed_on");
        assertThat(ProblemHandlers.wireName("terms.retentionMaxDays")).isEqualTo("terms.retention_max_days");
        assertThat(ProblemHandlers.wireName("fields[12]")).isEqualTo("fields[12]");
        assertThat(ProblemHandlers.wireName("reason")).isEqualTo("reason");
    }
}

package org.custodian.request.researcher;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.custodian.contracts.catalog.IrbApproval;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.custodian.request.researcher.CredentialCommands.ChangeCredentials;
import org.custodian.request.researcher.CredentialCommands.RecordDsaSignature;
import org.custodian.request.researcher.CredentialCommands.RecordIrbExpiry;
import org.custodian.request.researcher.CredentialCommands.RecordOffboarding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResearcherTest {

    private static final IrbApproval IRB = new IrbApproval("IRB-22-104", LocalDate.parse("2027-06-30"));
    private static final ResearcherRegistered ADA = new ResearcherRegistered("r-1", "Ada", "inst-1", "DE", false, true,
            false, false, false, IRB);

    private AggregateTestFixture<Researcher> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Researcher.class);
    }

    @Test
    void registeringRecordsTheProfile() {
        fixture.givenNoPriorActivity().when(new RegisterResearcher("r-1", ADA)).expectEvents(ADA);
    }

    @Test
    void anExpiredIrbApprovalIsRemoved() {
        fixture.given(ADA).when(new RecordIrbExpiry("r-1", "IRB-22-104"))
                .expectEvents(new ResearcherCredentialsChanged("r-1", "inst-1", "DE", false, true, false, false, false,
                        null, true, "irb.expired"));
    }

    @Test
    void theExpiryOfAnotherApprovalChangesNothing() {
        fixture.given(ADA).when(new RecordIrbExpiry("r-1", "IRB-OLD-1")).expectNoEvents();
    }

    @Test
    void aSignedDsaIsRecordedOnce() {
        ResearcherCredentialsChanged signed = new ResearcherCredentialsChanged("r-1", "inst-1", "DE", false, true, true,
                false, false, IRB, true, "dsa.signed");
        fixture.given(ADA).when(new RecordDsaSignature("r-1", "2026.1")).expectEvents(signed);
        fixture.given(ADA, signed).when(new RecordDsaSignature("r-1", "2026.2")).expectNoEvents();
    }

    @Test
    void leavingTheInstitutionEndsTheVetting() {
        fixture.given(ADA).when(new RecordOffboarding("r-1", "inst-1"))
                .expectEvents(new ResearcherCredentialsChanged("r-1", "inst-1", "DE", false, false, false, false, false,
                        IRB, false, "researcher.offboarded"));
    }

    @Test
    void leavingAnotherInstitutionChangesNothing() {
        fixture.given(ADA).when(new RecordOffboarding("r-1", "inst-9")).expectNoEvents();
    }

    @Test
    void aStewardSetsCredentialsAnew() {
        Credentials next = new Credentials("inst-2", "FR", false, true, true, false, false, IRB, true);
        fixture.given(ADA).when(new ChangeCredentials("r-1", next)).expectEvents(next.changed("r-1", "credentials.edited"));
    }
}

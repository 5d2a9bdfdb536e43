package org.custodian.request.researcher;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.custodian.contracts.catalog.DsaSignature;
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
    private static final IrbApproval SECOND_IRB = new IrbApproval("IRB-23-009", LocalDate.parse("2028-01-31"));
    private static final DsaSignature DSA_2026_1 = new DsaSignature("2026.1", LocalDate.parse("2026-02-01"));
    private static final ResearcherRegistered ADA = new ResearcherRegistered("r-1", "Ada", "inst-1", "DE", false, true,
            false, false, false, List.of(IRB, SECOND_IRB), null, "U024BE7LH");

    private AggregateTestFixture<Researcher> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Researcher.class);
    }

    private static ResearcherCredentialsChanged changed(boolean vetted, boolean dsaSigned, List<IrbApproval> irb,
                                                        DsaSignature dsa, boolean active, String reason) {
        return new ResearcherCredentialsChanged("r-1", "inst-1", "DE", false, vetted, dsaSigned, false, false, irb, dsa,
                "U024BE7LH", active, reason);
    }

    @Test
    void registeringRecordsTheProfile() {
        fixture.givenNoPriorActivity().when(new RegisterResearcher("r-1", ADA)).expectEvents(ADA);
    }

    @Test
    void anExpiredIrbApprovalIsRemovedAndTheOthersStay() {
        fixture.given(ADA).when(new RecordIrbExpiry("r-1", "IRB-22-104"))
                .expectEvents(changed(true, false, List.of(SECOND_IRB), null, true, "irb.expired"));
    }

    @Test
    void theExpiryOfAnApprovalNotOnRecordChangesNothing() {
        fixture.given(ADA).when(new RecordIrbExpiry("r-1", "IRB-OLD-1")).expectNoEvents();
    }

    @Test
    void aSignedDsaIsRecordedWithItsVersionAndDayOnce() {
        ResearcherCredentialsChanged signed = changed(true, true, List.of(IRB, SECOND_IRB), DSA_2026_1, true, "dsa.signed");
        fixture.given(ADA).when(new RecordDsaSignature("r-1", DSA_2026_1)).expectEvents(signed);
        fixture.given(ADA, signed).when(new RecordDsaSignature("r-1", DSA_2026_1)).expectNoEvents();
    }

    @Test
    void aNewerVersionOfTheDsaReplacesTheEarlierSignature() {
        ResearcherCredentialsChanged signed = changed(true, true, List.of(IRB, SECOND_IRB), DSA_2026_1, true, "dsa.signed");
        DsaSignature newer = new DsaSignature("2026.2", LocalDate.parse("2026-09-15"));
        fixture.given(ADA, signed).when(new RecordDsaSignature("r-1", newer))
                .expectEvents(changed(true, true, List.of(IRB, SECOND_IRB), newer, true, "dsa.signed"));
    }

    @Test
    void leavingTheInstitutionEndsTheVetting() {
        fixture.given(ADA).when(new RecordOffboarding("r-1", "inst-1"))
                .expectEvents(changed(false, false, List.of(IRB, SECOND_IRB), null, false, "researcher.offboarded"));
    }

    @Test
    void leavingAnotherInstitutionChangesNothing() {
        fixture.given(ADA).when(new RecordOffboarding("r-1", "inst-9")).expectNoEvents();
    }

    @Test
    void aStewardSetsCredentialsAnew() {
        Credentials next = new Credentials("inst-2", "FR", false, true, true, false, false, List.of(IRB), DSA_2026_1,
                "U0NEWSLACK", true);
        fixture.given(ADA).when(new ChangeCredentials("r-1", next)).expectEvents(next.changed("r-1", "credentials.edited"));
    }

    @Test
    void forgettingPersonalDataHappensOnce() {
        fixture.given(ADA, new PersonalDataForgotten("r-1", "personal-data-erased:r-1"))
                .when(new ForgetPersonalData("r-1", "personal-data-erased:r-1")).expectNoEvents();
        fixture.given(ADA).when(new ForgetPersonalData("r-1", "personal-data-erased:r-1"))
                .expectEvents(new PersonalDataForgotten("r-1", "personal-data-erased:r-1"));
    }

    @Test
    void afterAnErasureNoCredentialsChangeBringsTheChatIdBack() {
        ResearcherCredentialsChanged expired = changed(true, false, List.of(SECOND_IRB), null, true, "irb.expired");
        fixture.given(ADA, new PersonalDataForgotten("r-1", "personal-data-erased:r-1"))
                .when(new RecordIrbExpiry("r-1", "IRB-22-104"))
                .expectEvents(new ResearcherCredentialsChanged("r-1", "inst-1", "DE", false, true, false, false, false,
                        List.of(SECOND_IRB), null, null, true, "irb.expired"));
        fixture.given(ADA, new PersonalDataForgotten("r-1", "personal-data-erased:r-1"))
                .when(new ChangeCredentials("r-1", Credentials.of(expired))).expectEvents(new ResearcherCredentialsChanged(
                        "r-1", "inst-1", "DE", false, true, false, false, false, List.of(SECOND_IRB), null, null, true,
                        "credentials.edited"));
    }
}

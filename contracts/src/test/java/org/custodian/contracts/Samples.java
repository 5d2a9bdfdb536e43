package org.custodian.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.custodian.contracts.catalog.Consent;
import org.custodian.contracts.catalog.ConsentRecorded;
import org.custodian.contracts.operations.IntegrationAdded;
import org.custodian.contracts.operations.IntegrationDisabled;
import org.custodian.contracts.operations.IntegrationSecretRotated;
import org.custodian.contracts.operations.WebhookDisabled;
import org.custodian.contracts.operations.WebhookEnabled;
import org.custodian.contracts.operations.WebhookSubscribed;
import org.custodian.contracts.operations.ChatMemberLinked;
import org.custodian.contracts.requests.ReviewStalled;
import org.custodian.contracts.catalog.ReviewWindowChanged;
import org.custodian.contracts.catalog.DatasetCommitteeChanged;
import org.custodian.contracts.catalog.DatasetRetired;
import org.custodian.contracts.catalog.ConsentWithdrawn;
import org.custodian.contracts.catalog.DatasetRegistered;
import org.custodian.contracts.catalog.DatasetTermsChanged;
import org.custodian.contracts.catalog.DatasetTerms;
import org.custodian.contracts.catalog.DsaSignature;
import org.custodian.contracts.catalog.IrbApproval;
import org.custodian.contracts.catalog.PersonalDataErased;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.contracts.decisions.DecisionReEvaluated;
import org.custodian.contracts.decisions.PolicyActivated;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.Reason;
import org.custodian.contracts.releases.Access;
import org.custodian.contracts.releases.DeliveryMade;
import org.custodian.contracts.releases.ErasureCertified;
import org.custodian.contracts.releases.ErasureDue;
import org.custodian.contracts.releases.ErasureEvidenceRequested;
import org.custodian.contracts.releases.ErasureOverdue;
import org.custodian.contracts.releases.ErasureRequestCertified;
import org.custodian.contracts.releases.ErasureRequested;
import org.custodian.contracts.releases.ReleaseAccessViolated;
import org.custodian.contracts.releases.ReleaseAccessed;
import org.custodian.contracts.releases.ReleaseExpired;
import org.custodian.contracts.releases.ReleaseFlagResolved;
import org.custodian.contracts.releases.ReleaseEraseByShortened;
import org.custodian.contracts.releases.ReleaseFlagged;
import org.custodian.contracts.releases.ReleaseIssued;
import org.custodian.contracts.releases.ReleaseRevoked;
import org.custodian.contracts.releases.ReleaseRefused;
import org.custodian.contracts.requests.ManuscriptOutcome;
import org.custodian.contracts.requests.ManuscriptReviewed;
import org.custodian.contracts.requests.ManuscriptSubmitted;
import org.custodian.contracts.requests.Purpose;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.RequestRejected;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.contracts.requests.RequestChangesRequested;
import org.custodian.contracts.requests.RequestWithdrawn;
import org.custodian.contracts.requests.ReviewAssigned;
import org.custodian.contracts.requests.ReviewStewardDecided;
import org.custodian.contracts.requests.VotingRule;
import org.custodian.contracts.requests.ReviewConflictDeclared;
import org.custodian.contracts.requests.ReviewVote;
import org.custodian.contracts.requests.ReviewVoteCast;

/** One realistic instance of every event type. */
final class Samples {

    static final Obligations OBLIGATIONS = new Obligations(LocalDate.parse("2027-11-22"), "secure_enclave",
            "approval", List.of("age_band", "hba1c"), false, false, null, false);

    static List<GovernanceEvent> all() {
        DatasetTerms terms = new DatasetTerms(List.of("DUO:0000006"), null, List.of("DUO:0000046"), null, null,
                null, null, new Consent("informed_consent", false, false, false, false), 1095, "DE",
                List.of("GDPR"), null, null, 3, List.of("secure_enclave"), List.of("age_band", "hba1c"),
                "approval", "auto");
        return List.of(
                new DatasetRegistered("ds-trials", "Trial outcomes", "Phase III outcomes", 1, terms),
                new DatasetTermsChanged("ds-trials", 2, terms),
                new ResearcherRegistered("r-1", "Ada Lovelace", "inst-1", "DE", false, true, true, false, false,
                        List.of(new IrbApproval("IRB-22-104", LocalDate.parse("2027-06-30"))),
                        new DsaSignature("2026-03", LocalDate.parse("2026-04-01")), "U024BE7LH"),
                new ResearcherCredentialsChanged("r-1", "inst-1", "DE", false, true, true, false, false, List.of(), null,
                        null, true, "irb.expired"),
                new ConsentRecorded("ds-trials", "cohort-2019", "informed_consent", 1840,
                        Instant.parse("2026-11-20T09:00:00Z")),
                new ConsentWithdrawn("ds-trials", "cohort-2019", List.of("subj-17", "subj-42"),
                        Instant.parse("2026-12-01T09:00:00Z"), "consent-platform-evt-12"),
                new PersonalDataErased("r-1", "carol", Instant.parse("2026-12-02T09:00:00Z"),
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                new RequestSubmitted("req-1", "r-1", List.of("ds-trials"),
                        new Purpose(List.of("DUO:0000007"), "MONDO:0005148", false, false, false, "HbA1c?"),
                        List.of("age_band"), 365, "DE", "secure_enclave", 0),
                new RequestApproved("req-1", "r-1", List.of("ds-trials"), "dec-1", Outcome.ALLOW, OBLIGATIONS),
                new RequestRejected("req-2", "dec-2", List.of(new Reason("purpose", "PURPOSE_NOT_PERMITTED",
                        "ds-trials", "This dataset may be used only for health research."))),
                new ReviewAssigned("req-3", "dec-3", List.of("ds-trials"), List.of("rev-1", "rev-2"), 2, true, null),
                new ReviewAssigned("req-4", "dec-4", List.of("ds-trials"), List.of("rev-1"), 1, false, "r-1"),
                new ReviewAssigned("req-6", "dec-6", List.of("ds-trials"), List.of("rev-1", "rev-2", "rev-3"), 2, false,
                        "r-1", VotingRule.MAJORITY),
                new ReviewStewardDecided("req-7", "dec-7", ReviewVote.APPROVE, "No committee yet; I checked the SCCs myself."),
                new ReviewVoteCast("req-3", "rev-1", ReviewVote.REQUEST_CHANGES, "Narrow the fields to hba1c."),
                new ReviewConflictDeclared("req-3", "rev-2", "I co-author with this group."),
                new RequestChangesRequested("req-3", "dec-3", "Narrow the fields to hba1c."),
                new RequestWithdrawn("req-5", "The question was answered elsewhere."),
                new ManuscriptSubmitted("ms-1", "rel-1", "req-1", "r-1", List.of("ds-trials"), "HbA1c under drug X",
                        "We find a reduction.", "The Lancet", "sha256:" + "ab".repeat(32), "approval",
                        LocalDate.parse("2027-03-01"), List.of("rev-1", "rev-2")),
                new ManuscriptReviewed("ms-1", "rel-1", "r-1", ManuscriptOutcome.DEEMED_APPROVED, null, null),
                new DecisionMade("dec-1", "req-1", Instant.parse("2026-11-22T10:00:00Z"),
                        new Decision(Outcome.ALLOW, List.of(), OBLIGATIONS, "sha256:abc")),
                new DecisionReEvaluated("dec-2", "req-1", Instant.parse("2026-12-01T10:00:00Z"), Outcome.ALLOW,
                        new Decision(Outcome.DENY, List.of(new Reason("purpose", "PURPOSE_NOT_PERMITTED", "ds-trials",
                                "No longer permitted.")), null, "sha256:abc"), "org.custodian.dataset.terms-changed.v1", "evt-9"),
                new PolicyActivated("sha256:def", "sha256:abc", Instant.parse("2026-12-02T08:00:00Z")),
                new ReleaseIssued("rel-1", "req-1", "r-1", List.of("ds-trials"), LocalDate.parse("2027-11-22"),
                        OBLIGATIONS),
                new ReleaseAccessed("rel-1", "req-1", "/enclave evt-7", new Access("r-1", "ds-trials",
                        List.of("hba1c"), 1200L, null, "enclave-eu-1", Instant.parse("2027-01-10T09:30:00Z"))),
                new ReleaseAccessViolated("rel-1", "req-1", "/enclave evt-8", new Access("r-2", "ds-trials",
                        List.of(), null, 4096L, "10.0.0.7", Instant.parse("2027-01-11T09:30:00Z")),
                        List.of("WRONG_RESEARCHER")),
                new ReleaseAccessViolated("rel-unknown", null, "/enclave evt-9", new Access("r-1", "ds-trials",
                        List.of(), null, null, null, Instant.parse("2027-01-11T09:30:00Z")), List.of("UNKNOWN_RELEASE")),
                new ReleaseExpired("rel-1", "req-1", Instant.parse("2027-11-22T00:00:00Z")),
                new ReleaseRevoked("rel-1", "req-1", "Consent withdrawn for the cohort.", Instant.parse("2027-03-01T12:00:00Z")),
                new ErasureDue("rel-1", "req-1", "r-1", LocalDate.parse("2027-11-22"), true),
                new ErasureOverdue("rel-1", "req-1", "r-1", LocalDate.parse("2027-11-22"), Instant.parse("2027-12-06T00:00:00Z")),
                new ErasureCertified("rel-1", "req-1", "r-1", "ds-trials and all derived files", "secure wipe",
                        LocalDate.parse("2027-11-20"), "I erased every copy.", Instant.parse("2027-11-21T08:00:00Z")),
                new ErasureEvidenceRequested("rel-1", "req-1", "r-1", "Please send the wipe log.",
                        Instant.parse("2027-11-23T08:00:00Z")),
                new ReleaseRefused("req-2", "r-1", "dec-2", "evt-approval-2", "DECISION_DENIED",
                        "the decision on req-2 was deny"),
                new DeliveryMade("rel-1", "req-1", "r-1", List.of("ds-trials"), 3, Instant.parse("2027-04-01T00:00:00Z"),
                        Instant.parse("2027-04-01T00:00:05Z")),
                new ErasureRequested("rel-1", "req-1", "r-1", "era-1", "ds-trials", "cohort-a", List.of("subj-17"),
                        "consent.withdrawn", "evt-consent-1", Instant.parse("2027-05-02T10:00:00Z")),
                new ErasureRequestCertified("rel-1", "req-1", "r-1", "era-1", "subj-17 in ds-trials", "row deletion",
                        LocalDate.parse("2027-05-03"), "Every row of subj-17 is gone.", Instant.parse("2027-05-03T09:00:00Z")),
                new ReleaseEraseByShortened("rel-1", "req-1", "r-1", LocalDate.parse("2027-11-22"), LocalDate.parse("2027-06-10"),
                        "decision.re-evaluated erase-by 2027-06-10 after org.custodian.dataset.terms-changed.v1 evt-terms-2",
                        "evt-reeval-2", Instant.parse("2026-12-28T10:00:01Z")),
                new ReleaseFlagged("rel-1", "req-1", "r-1", "decision.re-evaluated deny (CONSENT_WITHDRAWN)", "evt-reeval-1",
                        Instant.parse("2027-05-04T09:00:00Z")),
                new ReleaseFlagResolved("rel-1", "req-1", "keep", "The withdrawal does not cover this extract.",
                        Instant.parse("2027-05-05T09:00:00Z")),
                new DatasetCommitteeChanged("ds-trials", List.of("rev-1", "rev-2"), 2, true),
                new ReviewWindowChanged("ds-trials", 30),
                new DatasetRetired("ds-trials", "Superseded by ds-trials-2027."),
                new ReviewStalled("req-3", "QUORUM_UNREACHABLE", 1, 2),
                new ChatMemberLinked("rev-1", "U024BE7LH"),
                new WebhookSubscribed("wh-1", "https://hooks.example.org/custodian",
                        List.of("*")),
                new WebhookDisabled("wh-1", "The receiver answered 410 Gone."),
                new WebhookEnabled("wh-1"),
                new IntegrationAdded("enclave-eu", "sec-1"),
                new IntegrationSecretRotated("enclave-eu", "sec-2", Instant.parse("2027-05-12T09:00:00Z")),
                new IntegrationDisabled("enclave-eu"));
    }

    private Samples() {
    }
}

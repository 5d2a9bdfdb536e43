package org.custodian.audit.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.Reason;
import org.custodian.contracts.releases.ErasureCertified;
import org.custodian.contracts.releases.ErasureOverdue;
import org.custodian.contracts.releases.ReleaseEraseByShortened;
import org.custodian.contracts.releases.ReleaseExpired;
import org.custodian.contracts.releases.ReleaseIssued;
import org.custodian.contracts.releases.ReleaseRefused;
import org.custodian.contracts.releases.ReleaseRevoked;
import org.custodian.contracts.requests.ManuscriptOutcome;
import org.custodian.contracts.requests.ManuscriptReviewed;
import org.custodian.contracts.requests.ManuscriptSubmitted;
import org.custodian.contracts.requests.Purpose;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.RequestRejected;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.contracts.requests.RequestWithdrawn;

/** The contract records a report counts, as their producers write them, with only what a test varies as arguments. */
final class ReportEvents {

    static final Obligations OBLIGATIONS = new Obligations(LocalDate.parse("2027-11-22"), "secure_enclave", "approval",
            List.of("age_band"), false, false, null, false);

    private ReportEvents() {
    }

    static ResearcherRegistered researcher(String id, String country) {
        return new ResearcherRegistered(id, "Ada " + id, "inst-" + country, country, false, true, true, false, false,
                List.of(), null, null);
    }

    static RequestSubmitted submitted(String request, String researcher) {
        return new RequestSubmitted(request, researcher, List.of("ds-trials"),
                new Purpose(List.of("DUO:0000007"), "MONDO:0005148", false, false, false, "Does drug X reduce HbA1c?"),
                List.of("age_band"), 365, "DE", "secure_enclave", 0);
    }

    static RequestApproved approved(String request, String researcher) {
        return new RequestApproved(request, researcher, List.of("ds-trials"), "dec-" + request, Outcome.ALLOW, OBLIGATIONS);
    }

    /** Rejected by the policy: every reason it found, deny and review ones alike, as {@code Decision.reasons} lists them. */
    static RequestRejected rejected(String request, String... codes) {
        return new RequestRejected(request, "dec-" + request,
                java.util.Arrays.stream(codes).map(code -> new Reason("rule", code, null, code)).toList());
    }

    static RequestWithdrawn withdrawn(String request) {
        return new RequestWithdrawn(request, "no longer needed");
    }

    static ReleaseIssued issued(String request, String release, String researcher, String eraseBy) {
        return new ReleaseIssued(release, request, researcher, List.of("ds-trials"), LocalDate.parse(eraseBy), OBLIGATIONS);
    }

    static ReleaseRefused refused(String request, String researcher) {
        return refused(request, researcher, "QUORUM_NOT_MET");
    }

    static ReleaseRefused refused(String request, String researcher, String code) {
        return new ReleaseRefused(request, researcher, "dec-" + request, "approval-1", code, code);
    }

    static ReleaseRevoked revoked(String request, String release, Instant at) {
        return new ReleaseRevoked(release, request, "consent withdrawn", at);
    }

    static ReleaseExpired expired(String request, String release, Instant at) {
        return new ReleaseExpired(release, request, at);
    }

    static ReleaseEraseByShortened shortened(String request, String release, String researcher, String from, String to) {
        return new ReleaseEraseByShortened(release, request, researcher, LocalDate.parse(from), LocalDate.parse(to),
                "retention shortened", "evt-1", Instant.parse(to + "T00:00:00Z"));
    }

    static ErasureCertified certified(String request, String release, String researcher, Instant at) {
        return new ErasureCertified(release, request, researcher, "all copies", "secure deletion",
                LocalDate.ofInstant(at, java.time.ZoneOffset.UTC), "I erased it", at);
    }

    static ErasureOverdue overdue(String request, String release, String researcher, String eraseBy, Instant at) {
        return new ErasureOverdue(release, request, researcher, LocalDate.parse(eraseBy), at);
    }

    static ManuscriptSubmitted manuscript(String manuscript, String release, String request, String researcher, String review) {
        return new ManuscriptSubmitted(manuscript, release, request, researcher, List.of("ds-trials"), "HbA1c and drug X",
                "We found...", "The Lancet", "sha256:abc", review, null, List.of());
    }

    static ManuscriptReviewed reviewed(String manuscript, String release, String researcher, ManuscriptOutcome outcome) {
        return new ManuscriptReviewed(manuscript, release, researcher, outcome, "rita-reviewer", "fine");
    }
}

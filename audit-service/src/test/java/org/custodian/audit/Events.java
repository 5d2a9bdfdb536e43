package org.custodian.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.custodian.contracts.catalog.Consent;
import org.custodian.contracts.catalog.DatasetRegistered;
import org.custodian.contracts.catalog.DatasetTerms;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.releases.ReleaseIssued;
import org.custodian.contracts.requests.Purpose;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.RequestSubmitted;

/** Realistic contract events about one request or dataset, as their producers emit them. */
public final class Events {

    static final Obligations OBLIGATIONS = new Obligations(LocalDate.parse("2027-11-22"), "secure_enclave",
            "approval", List.of("age_band", "hba1c"), false, false, null, false);

    private Events() {
    }

    public static DatasetRegistered datasetRegistered(String datasetId) {
        DatasetTerms terms = new DatasetTerms(List.of("DUO:0000006"), null, List.of("DUO:0000046"), null, null,
                null, null, new Consent("informed_consent", false, false, false, false), 1095, "DE",
                List.of("GDPR"), null, null, 3, List.of("secure_enclave"), List.of("age_band", "hba1c"),
                "approval", "auto");
        return new DatasetRegistered(datasetId, "Trial outcomes", "Phase III outcomes", 1, terms);
    }

    public static RequestSubmitted requestSubmitted(String requestId) {
        return requestSubmitted(requestId, "r-1", List.of("ds-trials"));
    }

    public static RequestSubmitted requestSubmitted(String requestId, String researcherId, List<String> datasets) {
        return new RequestSubmitted(requestId, researcherId, datasets,
                new Purpose(List.of("DUO:0000007"), "MONDO:0005148", false, false, false, "Does drug X reduce HbA1c?"),
                List.of("age_band"), 365, "DE", "secure_enclave", 0);
    }

    public static DecisionMade decisionMade(String requestId) {
        return new DecisionMade("dec-" + requestId, requestId, Instant.parse("2026-11-22T10:00:00Z"),
                new Decision(Outcome.ALLOW, List.of(), OBLIGATIONS, "sha256:abc"));
    }

    public static RequestApproved requestApproved(String requestId) {
        return new RequestApproved(requestId, "r-1", List.of("ds-trials"), "dec-" + requestId, Outcome.ALLOW, OBLIGATIONS);
    }

    public static ReleaseIssued releaseIssued(String requestId) {
        return new ReleaseIssued("rel-" + requestId, requestId, "r-1", List.of("ds-trials"),
                LocalDate.parse("2027-11-22"), OBLIGATIONS);
    }
}

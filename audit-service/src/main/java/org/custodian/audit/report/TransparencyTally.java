package org.custodian.audit.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.contracts.catalog.ResearcherRegistered;
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
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.RequestRejected;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.contracts.requests.RequestWithdrawn;

/**
 * Folds the governance events up to {@code to}, in log order, read as their {@code contracts} records, into a
 * {@link TransparencyReport}. Events before {@code from} still count for state (a release issued last year may
 * be active now; a request submitted then may be decided now); only what happened inside the window is counted.
 * Memory grows with researchers, requests, releases and manuscripts, not entries.
 */
final class TransparencyTally {

    /** The event types the report reads; the rest of the log does not enter it. */
    static final Set<EventType> READS = EnumSet.of(EventType.RESEARCHER_REGISTERED, EventType.RESEARCHER_CREDENTIALS_CHANGED,
            EventType.REQUEST_SUBMITTED, EventType.REQUEST_APPROVED, EventType.REQUEST_REJECTED, EventType.REQUEST_WITHDRAWN,
            EventType.RELEASE_ISSUED, EventType.RELEASE_REFUSED, EventType.RELEASE_REVOKED, EventType.RELEASE_EXPIRED,
            EventType.RELEASE_ERASE_BY_SHORTENED, EventType.ERASURE_CERTIFIED, EventType.ERASURE_OVERDUE,
            EventType.MANUSCRIPT_SUBMITTED, EventType.MANUSCRIPT_REVIEWED);

    private static final String NO_REVIEW = "none";

    private final Instant from;
    private final Instant to;
    private final Map<String, String> memberStates = new HashMap<>();
    private final Applications applications;
    private final ReleaseLedger releases;
    private final Set<String> publishedManuscripts = new HashSet<>();
    private final Map<YearMonth, Long> publications = new TreeMap<>();
    private long unreadable;

    TransparencyTally(Instant from, Instant to) {
        this.from = from;
        this.to = to;
        this.applications = new Applications(from, to);
        this.releases = new ReleaseLedger(from, to);
    }

    void accept(GovernanceEvent event, Instant at) {
        if (event instanceof ResearcherRegistered registered) {
            memberStates.put(registered.researcherId(), registered.country());
        } else if (event instanceof ResearcherCredentialsChanged changed) {
            memberStates.put(changed.researcherId(), changed.country());
        } else if (event instanceof RequestSubmitted submitted) {
            applications.submitted(submitted.requestId(), memberStates.get(submitted.researcherId()), at);
        } else if (event instanceof RequestApproved approved) {
            applications.approved(approved.requestId(), at);
        } else if (event instanceof RequestRejected rejected) {
            applications.rejected(rejected.requestId(), rejected.reasons(), at);
        } else if (event instanceof RequestWithdrawn withdrawn) {
            applications.withdrawn(withdrawn.requestId(), at);
        } else {
            acceptReleaseOrManuscript(event, at);
        }
    }

    /** An event of a type the report reads that is not its contract record (counted, so the report says so). */
    void unreadable(Instant at) {
        unreadable += inWindow(at) ? 1 : 0;
    }

    TransparencyReport report() {
        List<Long> sorted = applications.secondsToDecision();
        return new TransparencyReport(from, to, applications.received(), applications.ended(Applications.Ending.APPROVED),
                applications.ended(Applications.Ending.REJECTED), applications.ended(Applications.Ending.WITHDRAWN),
                applications.denialsByReason(),
                new TransparencyReport.TimeToDecision(sorted.size(), percentile(sorted, 50), percentile(sorted, 90)),
                releases.counts(), releases.activeAtEnd(), releases.erasures(), releases.researchersWithAccess(), unreadable,
                applications.codeOfPractice(), programme());
    }

    /** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
    static Long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private void acceptReleaseOrManuscript(GovernanceEvent event, Instant at) {
        if (event instanceof ReleaseIssued issued) {
            releases.issued(issued, at);
        } else if (event instanceof ReleaseRefused refused) {
            releases.refused(refused.code(), at);
        } else if (event instanceof ReleaseRevoked revoked) {
            releases.revoked(revoked.releaseId(), revoked.requestId(), at);
        } else if (event instanceof ReleaseExpired expired) {
            releases.expired(expired.releaseId(), expired.requestId(), at);
        } else if (event instanceof ReleaseEraseByShortened shortened) {
            releases.eraseByShortened(shortened.releaseId(), shortened.requestId(), shortened.eraseBy());
        } else if (event instanceof ErasureCertified certified) {
            releases.certified(certified.releaseId(), certified.requestId(), at);
        } else if (event instanceof ErasureOverdue) {
            releases.overdue(at);
        } else if (event instanceof ManuscriptSubmitted submitted && NO_REVIEW.equals(submitted.review())) {
            published(submitted.manuscriptId(), at);
        } else if (event instanceof ManuscriptReviewed reviewed && reviewed.outcome() != ManuscriptOutcome.CHANGES_REQUIRED) {
            published(reviewed.manuscriptId(), at);
        }
    }

    /** A manuscript cleared for publication: approved, acknowledged, deemed approved, or needing no review. */
    private void published(String manuscriptId, Instant at) {
        if (publishedManuscripts.add(manuscriptId) && inWindow(at)) {
            publications.merge(Applications.month(at), 1L, Long::sum);
        }
    }

    private List<TransparencyReport.ProgrammeRow> programme() {
        Map<YearMonth, long[]> months = applications.receivedAndApprovedByMonth();
        publications.keySet().forEach(month -> months.computeIfAbsent(month, m -> new long[2]));
        List<TransparencyReport.ProgrammeRow> rows = new ArrayList<>();
        months.forEach((month, counts) -> rows.add(new TransparencyReport.ProgrammeRow(month.toString(), counts[0], counts[1],
                publications.getOrDefault(month, 0L))));
        return rows;
    }

    private boolean inWindow(Instant at) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}

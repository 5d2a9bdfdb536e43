package org.custodian.request.access;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.Reason;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.RequestChangesRequested;
import org.custodian.contracts.requests.RequestRejected;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.contracts.requests.RequestWithdrawn;
import org.custodian.contracts.requests.ReviewAssigned;
import org.custodian.contracts.requests.ReviewConflictDeclared;
import org.custodian.contracts.requests.ReviewStewardDecided;
import org.custodian.contracts.requests.ReviewVoteCast;
import org.custodian.request.access.LifecycleCommands.ResubmitRequest;
import org.custodian.request.access.LifecycleCommands.WithdrawRequest;
import org.custodian.request.access.ReviewCommands.CastVote;
import org.custodian.request.access.ReviewCommands.DeclareConflict;
import org.custodian.request.access.StewardCommands.AssignReviewers;
import org.custodian.request.access.StewardCommands.DecideAsSteward;
import org.custodian.request.review.Panel;
import org.custodian.request.review.Refusal;
import org.custodian.request.review.Review;
import org.custodian.request.review.ReviewRefused;
import org.custodian.request.review.Verdict;

/**
 * A researcher's request for datasets. It is approved only while its latest decision is not
 * {@code deny}, and after a {@code review} decision only once the panel's quorum approved
 * (invariant 1); the requester never sits on the panel (invariant 5). The requester may withdraw it
 * until it is approved or rejected, and resubmit it, amended, as a new version when changes were
 * requested; a withdrawn request is closed for good. A review that cannot go on (too few eligible
 * reviewers, or its deadline passed) waits for a steward, who may assign reviewers or decide it
 * (invariant 11); a committee change re-assigns an open review.
 */
@Aggregate
class AccessRequest {

    static final String REVIEW_REJECTED = "REVIEW_REJECTED";

    @AggregateIdentifier
    private String requestId;
    private String researcherId;
    private List<String> datasets;
    private RequestState state;
    private final Set<String> decisionsSeen = new HashSet<>();
    private DecisionReceived latest;
    private final Set<String> conflicts = new HashSet<>();
    private Review review;
    private boolean deadlinePassed;
    private boolean stalled;
    private int version;

    AccessRequest() {
    }

    @CommandHandler
    AccessRequest(SubmitRequest command) {
        // Deferred: during construction the submission is applied only after this constructor returns.
        apply(command.request()).andThenApply(() -> new VersionSubmitted(command.requestId(), version,
                command.termsVersions()));
    }

    /** Withdrawable until approved or rejected: while submitted, under review or sent back for changes. */
    @CommandHandler
    void handle(WithdrawRequest command) {
        requireOwnAndNotWithdrawn(command.researcherId());
        if (!state.withdrawable()) {
            throw new RequestRefused(RequestRefused.ALREADY_DECIDED,
                    "This request was already " + state.name().toLowerCase() + "; it can no longer be withdrawn.");
        }
        apply(new RequestWithdrawn(requestId, command.reason()));
    }

    /** The amended request becomes the next version, submitted again for the policy to decide. */
    @CommandHandler
    int handle(ResubmitRequest command) {
        requireOwnAndNotWithdrawn(command.researcherId());
        if (state != RequestState.CHANGES_REQUESTED) {
            throw new RequestRefused(RequestRefused.NOT_AWAITING_CHANGES,
                    "Only a request sent back for changes can be resubmitted; this one is " + state.name().toLowerCase() + ".");
        }
        apply(command.request());
        apply(new VersionSubmitted(requestId, version, command.termsVersions()));
        return version;
    }

    private void requireOwnAndNotWithdrawn(String researcher) {
        if (!researcher.equals(researcherId)) {
            throw new RequestRefused(RequestRefused.NOT_OWN_REQUEST, "Only the researcher who asked may do this.");
        }
        if (state == RequestState.WITHDRAWN) {
            throw new RequestRefused(RequestRefused.ALREADY_WITHDRAWN, "This request was withdrawn.");
        }
    }

    @CommandHandler
    void handle(RecordDecision command) {
        if (decisionsSeen.contains(command.decisionId()) || state.decided() || state == RequestState.WITHDRAWN) {
            return;
        }
        // Only a fresh request follows an allow or review; under review a later allow does not bypass the panel.
        boolean fresh = state == RequestState.SUBMITTED;
        Decision decision = command.decision();
        apply(new DecisionReceived(requestId, command.decisionId(), decision));
        if (decision.outcome() == Outcome.DENY) {
            apply(new RequestRejected(requestId, command.decisionId(), decision.reasons()));
        } else if (fresh && (decision.outcome() == Outcome.REVIEW || command.panel().required())) {
            openReview(command.panel());
        } else if (fresh) {
            apply(approval());
        }
    }

    @CommandHandler
    Verdict handle(CastVote command) {
        Review current = openReviewOrRefuse();
        current.requireMayVote(command.reviewerId(), researcherId);
        Verdict verdict = current.voted(command.reviewerId(), command.vote()).verdict();
        if (verdict == Verdict.APPROVED && latest.decision().outcome() == Outcome.DENY) {
            throw new ReviewRefused(Refusal.DECISION_DENIED, "The latest policy decision on this request is deny.");
        }
        apply(new ReviewVoteCast(requestId, command.reviewerId(), command.vote(), command.reason()));
        conclude(verdict, command.reason());
        return verdict;
    }

    @CommandHandler
    void handle(DeclareConflict command) {
        String reviewer = command.reviewerId();
        if (!state.reviewable()) {
            throw new ReviewRefused(Refusal.REVIEW_NOT_OPEN, "This request is no longer under review.");
        }
        if (conflicts.contains(reviewer)) {
            throw new ReviewRefused(Refusal.CONFLICT_ALREADY_DECLARED, "You already declared a conflict with this request.");
        }
        if (review != null) {
            review.requireMayRecuse(reviewer, researcherId);
        } else if (reviewer.equals(researcherId)) {
            throw new ReviewRefused(Refusal.OWN_REQUEST, "You cannot review your own request.");
        }
        boolean wasReachable = review == null || review.quorumReachable();
        apply(new ReviewConflictDeclared(requestId, reviewer, command.reason()));
        if (wasReachable && review != null && !review.quorumReachable()) {
            stalled(ReviewStalled.QUORUM_UNREACHABLE);
        }
    }

    @CommandHandler
    void handle(RecordReleaseRefusal command) {
        apply(new ReleaseWithheld(requestId, command.decisionId(), command.code(), command.detail()));
    }

    @CommandHandler
    void handle(RecordReleaseIssued command) {
        apply(new ReleaseGranted(requestId, command.releaseId(), command.eraseBy()));
    }

    /** False when the panel is the one the review already has (a committee change that changes nothing for it). */
    @CommandHandler
    boolean handle(AssignReviewers command) {
        Review current = openReviewOrRefuse();
        Panel panel = command.panel();
        List<String> reviewers = eligible(panel);
        if (reviewers.equals(current.panel()) && panel.approvalsRequired() == current.approvalsRequired()
                && panel.voting() == current.voting() && panel.blinded() == current.blinded()) {
            return false;
        }
        assign(reviewers, panel);
        Verdict verdict = review.verdict();
        if (verdict != Verdict.PENDING) {
            conclude(verdict, "The re-assigned panel's votes concluded the review.");
        }
        return true;
    }

    @CommandHandler
    Verdict handle(DecideAsSteward command) {
        openReviewOrRefuse();
        if (!stalled && review.quorumReachable()) {
            throw new ReviewRefused(Refusal.REVIEW_NOT_STALLED, "This review can still reach its quorum and is not "
                    + "stalled; its panel decides. Assign reviewers to change the panel.");
        }
        Verdict verdict = switch (command.decision()) {
            case APPROVE -> Verdict.APPROVED;
            case REJECT -> Verdict.REJECTED;
            case REQUEST_CHANGES -> Verdict.CHANGES_REQUESTED;
        };
        if (verdict == Verdict.APPROVED && latest.decision().outcome() == Outcome.DENY) {
            throw new ReviewRefused(Refusal.DECISION_DENIED, "The latest policy decision on this request is deny.");
        }
        apply(new ReviewStewardDecided(requestId, review.decisionId(), command.decision(), command.reason()));
        conclude(verdict, command.reason());
        return verdict;
    }

    @CommandHandler
    boolean handle(MarkReviewOverdue command) {
        if (review == null || state != RequestState.AWAITING_REVIEW || deadlinePassed) {
            return false;
        }
        stalled(ReviewStalled.VOTE_DEADLINE_PASSED);
        return true;
    }

    private void openReview(Panel panel) {
        assign(eligible(panel), panel);
    }

    private List<String> eligible(Panel panel) {
        return panel.reviewers().stream()
                .filter(reviewer -> !reviewer.equals(researcherId) && !conflicts.contains(reviewer)).toList();
    }

    private void assign(List<String> reviewers, Panel panel) {
        apply(new ReviewAssigned(requestId, latest.decisionId(), datasets, reviewers, panel.approvalsRequired(),
                panel.blinded(), panel.blinded() ? null : researcherId, panel.voting()));
        if (!review.quorumReachable()) {
            stalled(reviewers.isEmpty() ? ReviewStalled.NO_ELIGIBLE_REVIEWERS : ReviewStalled.QUORUM_UNREACHABLE);
        }
    }

    private Review openReviewOrRefuse() {
        if (review == null || state != RequestState.AWAITING_REVIEW) {
            throw new ReviewRefused(Refusal.REVIEW_NOT_OPEN, "This request is not awaiting review.");
        }
        return review;
    }

    private void conclude(Verdict verdict, String reason) {
        switch (verdict) {
            case APPROVED -> apply(approval());
            case REJECTED -> apply(new RequestRejected(requestId, latest.decisionId(),
                    List.of(new Reason("review", REVIEW_REJECTED, null, reason))));
            case CHANGES_REQUESTED -> apply(new RequestChangesRequested(requestId, latest.decisionId(), reason));
            case PENDING -> {
            }
        }
    }

    private RequestApproved approval() {
        Decision decision = latest.decision();
        return new RequestApproved(requestId, researcherId, datasets, latest.decisionId(), decision.outcome(),
                decision.obligations());
    }

    private void stalled(String code) {
        apply(new ReviewStalled(requestId, code, review.panel().size() - review.recused().size(),
                review.approvalsRequired()));
    }

    @EventSourcingHandler
    void on(RequestSubmitted event) {
        requestId = event.requestId();
        researcherId = event.researcherId();
        datasets = event.datasets();
        state = RequestState.SUBMITTED;
        // Each submission is a version, counted here so requests stored before versions number right.
        version++;
        review = null;
    }

    @EventSourcingHandler
    void on(RequestWithdrawn event) {
        state = RequestState.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(DecisionReceived event) {
        decisionsSeen.add(event.decisionId());
        latest = event;
        // Requests stored before reviews had panels await review from the decision alone.
        state = event.decision().outcome() == Outcome.REVIEW && state == RequestState.SUBMITTED
                ? RequestState.AWAITING_REVIEW : state;
    }

    @EventSourcingHandler
    void on(ReviewAssigned event) {
        review = Review.after(state == RequestState.AWAITING_REVIEW ? review : null, event);
        state = RequestState.AWAITING_REVIEW;
        deadlinePassed = false;
        stalled = false;
    }

    @EventSourcingHandler
    void on(ReviewVoteCast event) {
        review = review.voted(event.reviewerId(), event.vote());
    }

    @EventSourcingHandler
    void on(ReviewConflictDeclared event) {
        conflicts.add(event.reviewerId());
        review = review == null ? null : review.recusing(event.reviewerId());
    }

    @EventSourcingHandler
    void on(ReviewStalled event) {
        stalled = true;
        deadlinePassed = deadlinePassed || ReviewStalled.VOTE_DEADLINE_PASSED.equals(event.code());
    }

    @EventSourcingHandler
    void on(RequestApproved event) {
        state = RequestState.APPROVED;
    }

    @EventSourcingHandler
    void on(RequestRejected event) {
        state = RequestState.REJECTED;
    }

    @EventSourcingHandler
    void on(RequestChangesRequested event) {
        state = RequestState.CHANGES_REQUESTED;
    }
}

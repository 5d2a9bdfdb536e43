package org.custodian.request.chatops;

import io.cloudevents.CloudEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.contracts.releases.ErasureOverdue;
import org.custodian.contracts.releases.ReleaseAccessViolated;
import org.custodian.contracts.requests.ManuscriptReviewed;
import org.custodian.contracts.requests.ManuscriptSubmitted;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.RequestChangesRequested;
import org.custodian.contracts.requests.RequestRejected;
import org.custodian.contracts.requests.ReviewAssigned;
import org.custodian.contracts.requests.ReviewConflictDeclared;
import org.custodian.contracts.requests.ReviewVoteCast;
import org.custodian.contracts.requests.VotingRule;
import org.custodian.request.chatops.deadline.VoteWindow;
import org.custodian.support.events.ConsumedEvents;
import org.custodian.support.events.InboundEvents;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What chat follows (binding {@code chatEvents}, its own consumer group): reviews and manuscripts
 * opening and ending, votes and recusals (for reminders and {@code /custodian pending}), and the
 * alerts stewards want. Once per event id; other types are skipped without being decoded.
 */
@Component("chatEvents")
class ChatEvents implements Consumer<Message<byte[]>> {

    static final String CONSUMER = "request-service.chatops";
    private static final Set<EventType> FOLLOWED = EnumSet.of(EventType.REVIEW_ASSIGNED, EventType.REVIEW_VOTE_CAST,
            EventType.REVIEW_CONFLICT_DECLARED, EventType.REQUEST_APPROVED, EventType.REQUEST_REJECTED,
            EventType.REQUEST_CHANGES_REQUESTED, EventType.MANUSCRIPT_SUBMITTED, EventType.MANUSCRIPT_REVIEWED,
            EventType.RELEASE_ACCESS_VIOLATED, EventType.ERASURE_OVERDUE, EventType.RESEARCHER_CREDENTIALS_CHANGED);
    private static final Set<String> ALERTING_CREDENTIAL_CHANGES = Set.of("researcher.offboarded", "irb.expired");

    private final ChatReviews reviews;
    private final ChatAnnouncer announcer;
    private final ReviewBriefs briefs;
    private final VoteWindow window;
    private final ConsumedEvents consumed;
    private final Clock clock;

    ChatEvents(ChatReviews reviews, ChatAnnouncer announcer, ReviewBriefs briefs, VoteWindow window,
               ConsumedEvents consumed, Clock clock) {
        this.reviews = reviews;
        this.announcer = announcer;
        this.briefs = briefs;
        this.window = window;
        this.consumed = consumed;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void accept(Message<byte[]> message) {
        CloudEvent cloudEvent = InboundEvents.cloudEvent(message);
        Optional<EventType> type = EventType.fromCloudEventType(cloudEvent.getType());
        if (type.isEmpty() || !FOLLOWED.contains(type.get()) || !consumed.firstDelivery(CONSUMER, cloudEvent.getId())) {
            return;
        }
        Instant at = cloudEvent.getTime() == null ? clock.instant() : cloudEvent.getTime().toInstant();
        GovernanceEvent event = GovernanceCloudEvents.decode(cloudEvent);
        if (event instanceof ReviewAssigned assigned) {
            opened(assigned, at);
        } else if (event instanceof ReviewVoteCast vote) {
            reviews.voted(vote.requestId(), vote.reviewerId(), vote.vote().wireName());
        } else if (event instanceof ReviewConflictDeclared conflict) {
            recused(conflict);
        } else if (event instanceof RequestApproved approved) {
            closed(approved.requestId(), "approved");
        } else if (event instanceof RequestRejected rejected) {
            closed(rejected.requestId(), "rejected");
        } else if (event instanceof RequestChangesRequested changes) {
            closed(changes.requestId(), "changes_requested");
        } else {
            manuscriptOrAlert(event, at);
        }
    }

    private void manuscriptOrAlert(GovernanceEvent event, Instant at) {
        if (event instanceof ManuscriptSubmitted manuscript) {
            manuscriptSubmitted(manuscript, at);
        } else if (event instanceof ManuscriptReviewed reviewed && reviews.close(reviewed.manuscriptId(),
                reviewed.outcome().wireName())) {
            reviews.find(reviewed.manuscriptId()).ifPresent(review -> announcer.manuscriptClosed(review, reviewed));
        } else if (event instanceof ReleaseAccessViolated violated) {
            announcer.stewardNotice("Access violation on release " + violated.releaseId(),
                    "Request " + orNone(violated.requestId()) + ": " + String.join(", ", violated.violations()) + ".");
        } else if (event instanceof ErasureOverdue overdue) {
            announcer.stewardNotice("Erasure overdue for release " + overdue.releaseId(),
                    "Request " + overdue.requestId() + ", researcher " + overdue.researcherId() + ": erase-by "
                            + overdue.eraseBy() + " passed without an erasure certificate.");
        } else if (event instanceof ResearcherCredentialsChanged changed
                && ALERTING_CREDENTIAL_CHANGES.contains(changed.reason())) {
            announcer.stewardNotice("Researcher " + changed.researcherId() + ": " + changed.reason(),
                    "Credentials changed (" + changed.reason() + "): vetted " + changed.vetted() + ", active "
                            + changed.active() + ". Live releases may need review.");
        }
    }

    private void opened(ReviewAssigned assigned, Instant at) {
        Instant due = window.dueAt(assigned.datasets(), at);
        VotingRule voting = VotingRule.orDefault(assigned.voting());
        boolean fresh = reviews.open(assigned.requestId(), ChatReview.Kind.REQUEST, assigned.reviewers(),
                assigned.approvalsRequired(), voting, assigned.blinded(), at, due, window.remindAt(at, due));
        boolean reassigned = !fresh && reviews.reassigned(assigned.requestId(), assigned.reviewers(),
                assigned.approvalsRequired(), voting);
        Optional<ReviewBrief> brief = briefs.find(assigned.requestId());
        if (fresh && brief.isPresent()) {
            reviews.find(assigned.requestId()).ifPresent(review -> announcer.reviewOpened(review, brief.get()));
        }
        if ((fresh || reassigned) && assigned.reviewers().size() < assigned.approvalsRequired()) {
            unreachable(assigned.requestId(), assigned.reviewers().size(), assigned.approvalsRequired());
        }
    }

    private void recused(ReviewConflictDeclared conflict) {
        boolean reachable = reviews.find(conflict.requestId()).map(ChatEvents::quorumReachable).orElse(false);
        reviews.recused(conflict.requestId(), conflict.reviewerId());
        reviews.find(conflict.requestId()).filter(review -> reachable && review.open() && !quorumReachable(review))
                .ifPresent(review -> unreachable(review.subjectId(), eligible(review), review.approvalsRequired()));
    }

    private void unreachable(String requestId, long eligible, int required) {
        announcer.stewardNotice("Review of " + requestId + " cannot reach its quorum", eligible
                + " eligible reviewer(s) for " + required + " approval(s) needed: the review is stalled until a steward acts. "
                + StewardActions.forRequest(requestId));
    }

    private static boolean quorumReachable(ChatReview review) {
        return eligible(review) >= review.approvalsRequired();
    }

    private static long eligible(ChatReview review) {
        return review.reviewers().stream().filter(reviewer -> !review.recused().contains(reviewer)).count();
    }

    private void closed(String requestId, String outcome) {
        if (reviews.close(requestId, outcome)) {
            Optional<ChatReview> review = reviews.find(requestId);
            Optional<ReviewBrief> brief = briefs.find(requestId);
            if (review.isPresent() && brief.isPresent()) {
                announcer.reviewClosed(review.get(), brief.get());
            }
        }
    }

    private void manuscriptSubmitted(ManuscriptSubmitted manuscript, Instant at) {
        ChatReview.Kind kind = switch (manuscript.review()) {
            case "approval" -> ChatReview.Kind.MANUSCRIPT_APPROVAL;
            case "notify" -> ChatReview.Kind.MANUSCRIPT_NOTICE;
            default -> null;
        };
        if (kind != null && reviews.open(manuscript.manuscriptId(), kind, manuscript.reviewerIds(), 1, false, at, null, null)) {
            reviews.find(manuscript.manuscriptId()).ifPresent(review -> announcer.manuscriptOpened(review, manuscript));
            if (kind == ChatReview.Kind.MANUSCRIPT_APPROVAL && manuscript.reviewerIds().isEmpty()) {
                announcer.stewardNotice("Manuscript " + manuscript.manuscriptId() + " has no reviewer",
                        "It needs approval and its datasets have no committee. "
                                + StewardActions.forManuscript(manuscript.manuscriptId()));
            }
        }
    }

    private static String orNone(String value) {
        return value == null ? "(none)" : value;
    }
}

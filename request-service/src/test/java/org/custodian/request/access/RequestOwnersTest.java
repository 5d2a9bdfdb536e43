package org.custodian.request.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.Reason;
import org.custodian.contracts.requests.Purpose;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.RequestChangesRequested;
import org.custodian.contracts.requests.RequestRejected;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.contracts.requests.RequestWithdrawn;
import org.custodian.contracts.requests.ReviewAssigned;
import org.custodian.contracts.requests.ReviewVote;
import org.custodian.contracts.requests.VotingRule;
import org.custodian.request.access.LifecycleCommands.ResubmitRequest;
import org.custodian.request.access.LifecycleCommands.WithdrawRequest;
import org.custodian.request.access.ReviewCommands.CastVote;
import org.custodian.request.access.ReviewCommands.DeclareConflict;
import org.custodian.request.access.StewardCommands.AssignReviewers;
import org.custodian.request.access.StewardCommands.DecideAsSteward;
import org.custodian.request.review.Panel;
import org.custodian.testing.CommandProbe;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariant 11 for requests, property-style: random walks of everyone's acts (policy, researcher,
 * reviewers, stewards, the vote deadline), and in every state a walk reaches, someone can move the
 * request on: the policy decides a submitted one, the researcher resubmits one sent back, and a review
 * whose deadline passed (or that stalled) is decided by a steward. Approved, rejected and withdrawn
 * requests wait for nobody here (an approval is release-service's to act on).
 */
class RequestOwnersTest {

    private static final String ID = "req-1";
    private static final String REQUESTER = "r-1";
    private static final Set<RequestState> FINAL = EnumSet.of(RequestState.APPROVED, RequestState.REJECTED,
            RequestState.WITHDRAWN);
    private static final Obligations OBLIGATIONS = new Obligations(LocalDate.parse("2027-11-22"), "secure_enclave",
            "approval", List.of("hba1c"), false, false, null, false);
    private static final List<String> REVIEWERS = List.of("rev-a", "rev-b", "rev-c", REQUESTER);
    private static final List<ReviewVote> VOTES = List.of(ReviewVote.values());
    private static final int STEPS = 14;

    static LongStream seeds() {
        return LongStream.range(0, 25);
    }

    @ParameterizedTest(name = "walk {0}")
    @MethodSource("seeds")
    void everyStateAWalkReachesHasSomeoneToMoveItOn(long seed) {
        Random random = new Random(seed);
        List<Object> history = new ArrayList<>(List.of(submitted(365)));
        for (int step = 0; step < STEPS; step++) {
            assertSomeoneCanMoveItOn(history);
            CommandProbe.attempt(AccessRequest.class, history, anyAct(random, step)).ifPresent(history::addAll);
        }
        assertSomeoneCanMoveItOn(history);
    }

    private static void assertSomeoneCanMoveItOn(List<Object> history) {
        RequestState state = stateOf(history);
        if (FINAL.contains(state)) {
            return;
        }
        Object mover = switch (state) {
            case SUBMITTED -> new RecordDecision(ID, "dec-next", decision(Outcome.REVIEW), threeReviewers(VotingRule.DEFAULT));
            case CHANGES_REQUESTED -> new ResubmitRequest(ID, REQUESTER, submitted(180), Map.of());
            default -> new DecideAsSteward(ID, "sam-steward", ReviewVote.APPROVE, "Decided after the deadline.");
        };
        List<Object> before = new ArrayList<>(history);
        if (state == RequestState.AWAITING_REVIEW) {
            // the vote deadline passes first: from then on the review is the stewards' (invariant 11)
            CommandProbe.attempt(AccessRequest.class, before, new MarkReviewOverdue(ID)).ifPresent(before::addAll);
        }
        Optional<List<Object>> moved = CommandProbe.attempt(AccessRequest.class, before, mover);
        assertThat(moved).as("in %s after %s, %s is refused", state, names(history), mover).isPresent();
        List<Object> after = new ArrayList<>(before);
        after.addAll(moved.get());
        assertThat(stateOf(after)).as("in %s after %s, %s moves nothing", state, names(history), mover).isNotEqualTo(state);
    }

    private static Object anyAct(Random random, int step) {
        String reviewer = REVIEWERS.get(random.nextInt(REVIEWERS.size()));
        ReviewVote vote = VOTES.get(random.nextInt(VOTES.size()));
        return switch (random.nextInt(10)) {
            case 0 -> new RecordDecision(ID, "dec-" + step, decision(Outcome.values()[random.nextInt(3)]), anyPanel(random));
            case 1 -> new WithdrawRequest(ID, REQUESTER, "Answered elsewhere.");
            case 2 -> new ResubmitRequest(ID, REQUESTER, submitted(180), Map.of());
            case 3, 4, 5 -> new CastVote(ID, reviewer, vote, "Considered.");
            case 6 -> new DeclareConflict(ID, reviewer, "Co-author.");
            case 7 -> new MarkReviewOverdue(ID);
            case 8 -> new DecideAsSteward(ID, "sam-steward", vote, "Stalled; decided.");
            default -> new AssignReviewers(ID, anyPanel(random));
        };
    }

    private static Panel anyPanel(Random random) {
        VotingRule rule = VotingRule.values()[random.nextInt(VotingRule.values().length)];
        return switch (random.nextInt(3)) {
            case 0 -> Panel.none();
            case 1 -> new Panel(List.of("rev-a"), 2, false, false, rule);
            default -> threeReviewers(rule);
        };
    }

    private static Panel threeReviewers(VotingRule rule) {
        return new Panel(List.of("rev-a", "rev-b", "rev-c"), 2, false, false, rule);
    }

    private static RequestState stateOf(List<Object> history) {
        RequestState state = null;
        for (Object event : history) {
            if (event instanceof RequestSubmitted) {
                state = RequestState.SUBMITTED;
            } else if (event instanceof ReviewAssigned) {
                state = RequestState.AWAITING_REVIEW;
            } else if (event instanceof RequestChangesRequested) {
                state = RequestState.CHANGES_REQUESTED;
            } else if (event instanceof RequestApproved) {
                state = RequestState.APPROVED;
            } else if (event instanceof RequestRejected) {
                state = RequestState.REJECTED;
            } else if (event instanceof RequestWithdrawn) {
                state = RequestState.WITHDRAWN;
            }
        }
        return state;
    }

    private static List<String> names(List<Object> history) {
        return history.stream().map(event -> event.getClass().getSimpleName()).toList();
    }

    private static Decision decision(Outcome outcome) {
        List<Reason> reasons = outcome == Outcome.ALLOW ? List.of()
                : List.of(new Reason("transfer", "TRANSFER_REQUIRES_SAFEGUARDS", "ds-trials", "Safeguards."));
        return new Decision(outcome, reasons, outcome == Outcome.DENY ? null : OBLIGATIONS, "sha256:1");
    }

    private static RequestSubmitted submitted(int days) {
        return new RequestSubmitted(ID, REQUESTER, List.of("ds-trials"),
                new Purpose(List.of("DUO:0000007"), "MONDO:0005148", false, false, false, "HbA1c?"),
                List.of("hba1c"), days, "DE", "secure_enclave", 0);
    }
}

package org.custodian.release.standing;

import java.time.Instant;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.requests.ReviewAssigned;
import org.custodian.contracts.requests.ReviewStewardDecided;
import org.custodian.contracts.requests.ReviewVote;
import org.custodian.contracts.requests.ReviewVoteCast;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records what the requests and decisions topics say of a request; each write is idempotent, so redeliveries are harmless. */
@Service
public class StandingRecorder {

    private final RequestStandings standings;

    StandingRecorder(RequestStandings standings) {
        this.standings = standings;
    }

    @Transactional
    public void reviewAssigned(ReviewAssigned assigned) {
        standings.reviewAssigned(assigned.requestId(), assigned.decisionId(), assigned.reviewers(),
                assigned.approvalsRequired());
    }

    /** Only an approval stands for a quorum; a steward's rejection ends the request in request-service. */
    public void stewardDecided(ReviewStewardDecided decided) {
        if (decided.decision() == ReviewVote.APPROVE) {
            standings.stewardApproved(decided.requestId(), decided.decisionId());
        }
    }

    public void voteCast(ReviewVoteCast cast) {
        standings.voteCast(cast.requestId(), cast.reviewerId(), cast.vote());
    }

    public void decided(String requestId, String decisionId, Outcome outcome, Instant at) {
        standings.decided(requestId, decisionId, outcome, at);
    }
}

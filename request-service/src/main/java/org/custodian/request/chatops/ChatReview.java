package org.custodian.request.chatops;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custodian.contracts.requests.VotingRule;

/**
 * A review announced in chat: a request's committee review or a manuscript's review, its panel and
 * votes so far and the rule they conclude by, the posted message, and the vote deadline with its one reminder.
 */
public record ChatReview(String subjectId, Kind kind, List<String> reviewers, Map<String, String> votes,
                         Set<String> recused, int approvalsRequired, boolean blinded, boolean open, String outcome,
                         Instant dueAt, String channel, String ts, VotingRule voting) {

    public enum Kind { REQUEST, MANUSCRIPT_APPROVAL, MANUSCRIPT_NOTICE }

    public ChatReview(String subjectId, Kind kind, List<String> reviewers, Map<String, String> votes, Set<String> recused,
                      int approvalsRequired, boolean blinded, boolean open, String outcome, Instant dueAt, String channel,
                      String ts) {
        this(subjectId, kind, reviewers, votes, recused, approvalsRequired, blinded, open, outcome, dueAt, channel, ts,
                VotingRule.DEFAULT);
    }

    public ChatReview {
        voting = VotingRule.orDefault(voting);
        reviewers = List.copyOf(reviewers);
        votes = Map.copyOf(votes);
        recused = Set.copyOf(recused);
    }

    /** Panel members who may still vote and have not. */
    public List<String> awaiting() {
        return reviewers.stream().filter(reviewer -> !votes.containsKey(reviewer) && !recused.contains(reviewer)).toList();
    }

    public long approvals() {
        return votes.values().stream().filter("approve"::equals).count();
    }
}

package org.custodian.request.chatops;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.custodian.request.researcher.ErasedPeople;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which Slack account is which person: reviewers as linked by stewards, researchers as registered with
 * their Slack user id. Ids are token subjects, so a reviewer who is also a researcher is one person.
 */
@Component
public class ChatMembers {

    /** What a Slack user id looks like, wherever one is given. */
    public static final String SLACK_USER_ID = "[UW][A-Z0-9]{2,30}";
    public static final String SLACK_USER_ID_MESSAGE = "a Slack user id such as U024BE7LH";

    private final JdbcClient jdbc;
    private final ErasedPeople erasedPeople;

    ChatMembers(JdbcClient jdbc, ErasedPeople erasedPeople) {
        this.jdbc = jdbc;
        this.erasedPeople = erasedPeople;
    }

    /**
     * Links the reviewer to the Slack user, replacing the reviewer's earlier link; refused if the Slack user is
     * someone else's, or the reviewer's personal data was erased.
     */
    void link(String reviewerId, String slackUserId, String by, Instant at) {
        erasedPeople.refuseIfErased(reviewerId, "a Slack user id");
        requireFree(reviewerId, slackUserId);
        jdbc.sql("""
                INSERT INTO chat_member (reviewer_id, slack_user_id, linked_by, linked_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (reviewer_id) DO UPDATE SET slack_user_id = EXCLUDED.slack_user_id,
                    linked_by = EXCLUDED.linked_by, linked_at = EXCLUDED.linked_at""")
                .params(reviewerId, slackUserId, by, Timestamp.from(at)).update();
    }

    /** Removes the person's chat link: their personal data was erased. */
    public void forget(String personId) {
        jdbc.sql("DELETE FROM chat_member WHERE reviewer_id = ?").param(personId).update();
    }

    /** The person who acts as this Slack user: a reviewer's link first, else a researcher's registration. */
    public Optional<String> personOf(String slackUserId) {
        return jdbc.sql("""
                SELECT person FROM (
                    SELECT reviewer_id AS person, 0 AS rank FROM chat_member WHERE slack_user_id = :user
                    UNION ALL
                    SELECT id, 1 FROM researcher WHERE slack_user_id = :user) AS holder
                ORDER BY rank, person LIMIT 1""")
                .param("user", slackUserId).query(String.class).optional();
    }

    /** Whether the Slack user already acts for a person other than this one. */
    private boolean takenFrom(String personId, String slackUserId) {
        return personOf(slackUserId).filter(holder -> !holder.equals(personId)).isPresent();
    }

    /** Refuses a Slack user that already acts for a person other than this one. */
    public void requireFree(String personId, String slackUserId) {
        if (takenFrom(personId, slackUserId)) {
            throw new RuleViolation(HttpStatus.CONFLICT, "SLACK_USER_TAKEN",
                    "Slack user " + slackUserId + " already acts for someone else.");
        }
    }

    public Optional<String> slackUserOf(String reviewerId) {
        return jdbc.sql("SELECT slack_user_id FROM chat_member WHERE reviewer_id = ?").param(reviewerId)
                .query(String.class).optional();
    }

    /** The Slack user ids of those reviewers who have one, by reviewer. */
    public Map<String, String> slackUsersOf(List<String> reviewerIds) {
        return reviewerIds.stream().distinct()
                .flatMap(reviewer -> slackUserOf(reviewer).map(user -> Map.entry(reviewer, user)).stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<Member> all() {
        return jdbc.sql("SELECT reviewer_id, slack_user_id, linked_by, linked_at FROM chat_member ORDER BY reviewer_id")
                .query((row, n) -> new Member(row.getString("reviewer_id"), row.getString("slack_user_id"),
                        row.getString("linked_by"), row.getTimestamp("linked_at").toInstant()))
                .list();
    }

    /** A reviewer's chat account. */
    record Member(String reviewerId, String slackUserId, String linkedBy, Instant linkedAt) {
    }
}

package org.custodian.request.manuscript;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.custodian.contracts.requests.ManuscriptReviewed;
import org.custodian.contracts.requests.ManuscriptSubmitted;
import org.custodian.request.config.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each manuscript's current state as a table, kept in step with its events in the same transaction. */
@Component
@ProcessingGroup("manuscript-board")
class ManuscriptBoard {

    static final String NO_REVIEW_REQUIRED = "NO_REVIEW_REQUIRED";
    static final String AWAITING_REVIEW = "AWAITING_REVIEW";

    private static final TypeReference<List<String>> IDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper mapper;

    ManuscriptBoard(JdbcClient jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    @EventHandler
    void on(ManuscriptSubmitted event, @org.axonframework.eventhandling.Timestamp Instant at) throws JsonProcessingException {
        String state = PublicationReview.of(event.review()) == PublicationReview.NONE ? NO_REVIEW_REQUIRED : AWAITING_REVIEW;
        jdbc.sql("""
                INSERT INTO manuscript (id, release_id, researcher_id, title, review, review_due_by, reviewers, state,
                    submitted_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""")
                .params(event.manuscriptId(), event.releaseId(), event.researcherId(), event.title(), event.review(),
                        event.reviewDueBy() == null ? null : Date.valueOf(event.reviewDueBy()),
                        mapper.writeValueAsString(event.reviewerIds()), state, Timestamp.from(at), Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(ManuscriptReviewed event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("UPDATE manuscript SET state = ?, updated_at = ? WHERE id = ?")
                .params(event.outcome().name(), Timestamp.from(at), event.manuscriptId()).update();
    }

    Optional<Summary> find(String id) {
        return jdbc.sql("SELECT * FROM manuscript WHERE id = ?").param(id).query(this::summary).optional();
    }

    List<Summary> ofRelease(String releaseId) {
        return jdbc.sql("SELECT * FROM manuscript WHERE release_id = ? ORDER BY submitted_at, id").param(releaseId)
                .query(this::summary).list();
    }

    /** One page, in id order, of the manuscripts awaiting an approval the reviewer sits on the panel of. */
    List<Summary> awaitingApprovalBy(String reviewerId, Paging paging) {
        return jdbc.sql("""
                SELECT * FROM manuscript WHERE state = ? AND review = 'approval' AND jsonb_exists(reviewers, ?) AND id > ?
                ORDER BY id LIMIT ?""")
                .params(AWAITING_REVIEW, reviewerId, paging.after(), paging.fetch()).query(this::summary).list();
    }

    private Summary summary(ResultSet row, int n) throws SQLException {
        Date due = row.getDate("review_due_by");
        try {
            return new Summary(row.getString("id"), row.getString("release_id"), row.getString("researcher_id"),
                    row.getString("title"), row.getString("review"), due == null ? null : due.toLocalDate(),
                    mapper.readValue(row.getString("reviewers"), IDS), row.getString("state"),
                    row.getTimestamp("submitted_at").toInstant());
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable reviewers of manuscript " + row.getString("id"), e);
        }
    }

    /** A manuscript as lists show it. */
    record Summary(String id, String releaseId, String researcherId, String title, String review, LocalDate reviewDueBy,
                   List<String> reviewers, String state, Instant submittedAt) {

        /** As a reviewer on its panel lists it when its review is blinded: neither its author nor the rest of the panel. */
        Summary seenBy(String reviewerId) {
            return new Summary(id, releaseId, null, title, review, reviewDueBy, List.of(reviewerId), state, submittedAt);
        }

        /** As its researcher lists it when its review is blinded: nobody named. */
        Summary withoutReviewers() {
            return new Summary(id, releaseId, researcherId, title, review, reviewDueBy, null, state, submittedAt);
        }
    }
}

package org.custodian.request.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.custodian.contracts.requests.ReviewAssigned;
import org.custodian.contracts.requests.ReviewConflictDeclared;
import org.custodian.contracts.requests.ReviewVoteCast;
import org.custodian.request.config.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Requests as lists, one page at a time in id order: a researcher's own, all of them (for oversight), and
 * a reviewer's queue: the requests whose current review round has them on its panel and no vote or
 * recusal from them yet.
 */
@Component
class RequestLists {

    private static final TypeReference<List<String>> IDS = new TypeReference<>() {
    };
    private static final String COLUMNS = "SELECT id, researcher_id, state, datasets, submitted_at, updated_at FROM access_request";
    private static final int SCAN = 200;

    private final JdbcClient jdbc;
    private final ObjectMapper mapper;
    private final RequestTimeline timeline;

    RequestLists(JdbcClient jdbc, ObjectMapper mapper, RequestTimeline timeline) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.timeline = timeline;
    }

    List<Item> of(String researcherId, Paging paging) {
        return jdbc.sql(COLUMNS + " WHERE researcher_id = ? AND id > ? ORDER BY id LIMIT ?")
                .params(researcherId, paging.after(), paging.fetch()).query(this::item).list();
    }

    List<Item> all(Paging paging) {
        return jdbc.sql(COLUMNS + " WHERE id > ? ORDER BY id LIMIT ?").params(paging.after(), paging.fetch())
                .query(this::item).list();
    }

    /** The reviewer's queue; who asked is left out, as a blinded review would (the request itself shows what they may see). */
    List<Item> awaitingVoteOf(String reviewerId, Paging paging) {
        List<Item> queue = new ArrayList<>();
        String after = paging.after();
        List<Item> scanned;
        do {
            scanned = jdbc.sql(COLUMNS + " WHERE state = ? AND id > ? ORDER BY id LIMIT ?")
                    .params(RequestState.AWAITING_REVIEW.name(), after, SCAN).query(this::item).list();
            scanned.stream().filter(item -> awaitsVoteOf(item.id(), reviewerId)).limit(paging.fetch() - queue.size())
                    .map(Item::withoutRequester).forEach(queue::add);
            after = scanned.isEmpty() ? after : scanned.get(scanned.size() - 1).id();
        } while (scanned.size() == SCAN && queue.size() < paging.fetch());
        return queue;
    }

    private boolean awaitsVoteOf(String requestId, String reviewerId) {
        boolean onPanel = false;
        for (RequestTimeline.Entry entry : timeline.of(requestId)) {
            Object data = entry.data();
            if (data instanceof ReviewAssigned assigned) {
                onPanel = assigned.reviewers().contains(reviewerId);
            } else if (data instanceof ReviewVoteCast vote && vote.reviewerId().equals(reviewerId)
                    || data instanceof ReviewConflictDeclared conflict && conflict.reviewerId().equals(reviewerId)) {
                onPanel = false;
            }
        }
        return onPanel;
    }

    private Item item(ResultSet row, int n) throws SQLException {
        try {
            return new Item(row.getString("id"), row.getString("researcher_id"), RequestState.valueOf(row.getString("state")),
                    mapper.readValue(row.getString("datasets"), IDS), row.getTimestamp("submitted_at").toInstant(),
                    row.getTimestamp("updated_at").toInstant());
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable datasets of request " + row.getString("id"), e);
        }
    }

    /** A request as lists show it; its state, timeline and review at {@code GET /api/requests/{id}}. */
    record Item(String id, String researcherId, RequestState state, List<String> datasets, Instant submittedAt,
                Instant updatedAt) {

        Item withoutRequester() {
            return new Item(id, null, state, datasets, submittedAt, updatedAt);
        }
    }
}

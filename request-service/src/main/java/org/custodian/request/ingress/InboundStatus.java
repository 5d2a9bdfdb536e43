package org.custodian.request.ingress;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * What became of an accepted outside event: {@code ACCEPTED} (not applied yet), {@code APPLIED}, or
 * {@code FAILED} with the reason and the dead-letter record ({@code topic/partition/offset}) it was parked as.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record InboundStatus(String source, String id, String type, @JsonIgnore String principal, String status,
                     Instant acceptedAt, Instant settledAt, String reason, String deadLetter) {

    static InboundStatus of(ResultSet row) throws SQLException {
        Timestamp consumed = row.getTimestamp("consumed_at");
        boolean appliedHere = consumed != null;
        return new InboundStatus(row.getString("source"), row.getString("event_id"), row.getString("type"),
                row.getString("principal"), appliedHere ? "APPLIED" : row.getString("status"),
                row.getTimestamp("accepted_at").toInstant(),
                appliedHere ? consumed.toInstant() : instant(row.getTimestamp("settled_at")),
                appliedHere ? null : row.getString("reason"), appliedHere ? null : row.getString("dead_letter"));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}

package org.custodian.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.custodian.audit.AuditServiceIntegration;
import org.custodian.audit.Events;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Invariant 3: the database refuses to edit or delete entries, and an entry changed past that guard
 * (by a superuser bypassing triggers) makes verification fail and name it. Each test restores the
 * entry, which must make the log verify again: the hashes are computed from what is stored.
 */
class AppendOnlyIT extends AuditServiceIntegration {

    @Autowired
    private DataSource dataSource;
    @Autowired
    private ChainVerifier verifier;

    private long seq;

    @BeforeEach
    void threeEntries() {
        String request = newSubject("req");
        publish(Events.requestSubmitted(request), "r-1");
        publish(Events.decisionMade(request), "policy-service");
        publish(Events.requestApproved(request), "request-service");
        List<JsonNode> entries = awaitEntries(request, 3);
        seq = entries.get(1).at("/seq").asLong();
        assertThat(verify().at("/valid").asBoolean()).isTrue();
    }

    @Test
    void aVerificationLeftMidwayLeavesTheDatabaseReadyForTheNext() {
        // a client that goes away makes the progress line throw while the COPY is still streaming rows
        for (int i = 0; i < 12; i++) {
            assertThatThrownBy(() -> verifier.verify(verified -> {
                throw new UncheckedIOException(new IOException("Broken pipe"));
            }, 1)).isInstanceOf(UncheckedIOException.class).hasMessageContaining("Broken pipe");
        }

        for (int i = 0; i < 12; i++) {
            assertThat(verify().at("/valid").asBoolean()).isTrue();
        }
    }

    @Test
    void verificationStreamsItsProgressThenTheVerdict() throws Exception {
        java.net.http.HttpResponse<String> streamed = get("/api/audit/verify", COMPLIANCE, "application/x-ndjson");

        assertThat(streamed.statusCode()).isEqualTo(200);
        assertThat(streamed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
        List<String> lines = streamed.body().lines().toList();
        JsonNode verdict = new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(verdict.at("/valid").asBoolean()).isTrue();
        long entries = verdict.at("/entries").asLong();
        List<Long> progress = new java.util.ArrayList<>();
        for (String line : lines.subList(0, lines.size() - 1)) {
            progress.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).at("/verified").asLong());
        }
        assertThat(progress).hasSize((int) (entries / 2)).isSorted().allMatch(verified -> verified % 2 == 0 && verified <= entries);
        assertThat(get("/api/audit/verify", null, "application/x-ndjson").statusCode()).isEqualTo(401);
        java.net.http.HttpResponse<String> anything = get("/api/audit/verify", COMPLIANCE, "*/*");
        assertThat(anything.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(anything.body()).contains("\"valid\":true");
    }

    @Test
    void theServicesOwnConnectionCannotUpdateDeleteOrTruncateEntries() {
        long before = entryCount();

        assertRefused("UPDATE audit_entry SET subject = 'someone-else' WHERE seq = " + seq);
        assertRefused("DELETE FROM audit_entry WHERE seq = " + seq);
        assertRefused("TRUNCATE audit_entry");

        assertThat(entryCount()).isEqualTo(before);
        assertThat(verify().at("/valid").asBoolean()).isTrue();
    }

    @Test
    void editedDataIsNamed() throws SQLException {
        String original = jdbc.sql("SELECT canonical_envelope FROM audit_entry WHERE seq = ?").param(seq).query(String.class).single();
        bypassingTriggers("UPDATE audit_entry SET canonical_envelope = replace(canonical_envelope, '\"request_id\":\"',"
                + " '\"request_id\":\"other-') WHERE seq = " + seq);
        try {
            assertThat(jdbc.sql("SELECT envelope -> 'data' ->> 'request_id' FROM audit_entry WHERE seq = ?").param(seq)
                    .query(String.class).single()).as("what filters see follows the stored text").startsWith("other-");
            assertBroken(seq, "ENTRY_HASH_MISMATCH");
        } finally {
            bypassingTriggers("UPDATE audit_entry SET canonical_envelope = '" + original.replace("'", "''") + "' WHERE seq = " + seq);
        }
        assertThat(verify().at("/valid").asBoolean()).isTrue();
    }

    @Test
    void theQueriedJsonbCannotBeEditedApartFromTheHashedText() {
        assertThatThrownBy(() -> bypassingTriggers("UPDATE audit_entry SET envelope = '{}'::jsonb WHERE seq = " + seq))
                .isInstanceOf(SQLException.class).hasMessageContaining("envelope");
        assertThat(verify().at("/valid").asBoolean()).isTrue();
    }

    @Test
    void anEditedQueryColumnIsNamed() throws SQLException {
        String subject = jdbc.sql("SELECT subject FROM audit_entry WHERE seq = ?").param(seq).query(String.class).single();
        bypassingTriggers("UPDATE audit_entry SET subject = 'hidden' WHERE seq = " + seq);
        try {
            assertBroken(seq, "ENTRY_HASH_MISMATCH");
        } finally {
            bypassingTriggers("UPDATE audit_entry SET subject = '" + subject + "' WHERE seq = " + seq);
        }
        assertThat(verify().at("/valid").asBoolean()).isTrue();
    }

    @Test
    void aDeletedEntryIsNamed() throws SQLException {
        bypassingTriggers("CREATE TABLE deleted_entry AS SELECT * FROM audit_entry WHERE seq = " + seq,
                "DELETE FROM audit_entry WHERE seq = " + seq);
        try {
            assertBroken(seq, "ENTRY_MISSING");
        } finally {
            // every column but the generated jsonb, which follows canonical_envelope
            String columns = "seq, event_id, event_source, event_type, subject, actor, event_time, canonical_envelope,"
                    + " topic, kafka_partition, kafka_offset, received_at, prev_hash, entry_hash";
            bypassingTriggers("INSERT INTO audit_entry (" + columns + ") SELECT " + columns + " FROM deleted_entry",
                    "DROP TABLE deleted_entry");
        }
        assertThat(verify().at("/valid").asBoolean()).isTrue();
    }

    @Test
    void swappedEntriesAreNamed() throws SQLException {
        bypassingTriggers(swap(seq, seq + 1));
        try {
            assertBroken(seq, "PREV_HASH_MISMATCH");
        } finally {
            bypassingTriggers(swap(seq, seq + 1));
        }
        assertThat(verify().at("/valid").asBoolean()).isTrue();
    }

    /** Exchanges two entries' places; the primary key is checked row by row, hence the parking place. */
    private static String[] swap(long a, long b) {
        long parked = 900_000_000_000_000L;
        return new String[] {
            "UPDATE audit_entry SET seq = " + parked + " WHERE seq = " + a,
            "UPDATE audit_entry SET seq = " + a + " WHERE seq = " + b,
            "UPDATE audit_entry SET seq = " + b + " WHERE seq = " + parked
        };
    }

    private void assertBroken(long firstBad, String reason) {
        JsonNode verification = verify();
        assertThat(verification.at("/valid").asBoolean()).as(verification.toString()).isFalse();
        assertThat(verification.at("/first_bad_seq").asLong()).isEqualTo(firstBad);
        assertThat(verification.at("/reason").asText()).isEqualTo(reason);
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(() -> jdbc.sql(sql).update()).isInstanceOf(DataIntegrityViolationException.class)
                .rootCause().hasMessageContaining("audit_entry is append-only");
    }

    /** Runs statements as the superuser with triggers off, for this transaction only. */
    private void bypassingTriggers(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL session_replication_role = replica");
                for (String sql : statements) {
                    statement.execute(sql);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}

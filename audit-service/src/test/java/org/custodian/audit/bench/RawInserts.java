package org.custodian.audit.bench;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.custodian.audit.log.NewEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reference: the same rows into a table shaped like audit_entry (same columns, constraints and
 * indexes, GIN included), as plain JDBC batches, one transaction per batch, no chain, no tree.
 */
final class RawInserts {

    static final int BATCH = 500;
    private static final String INSERT = """
            INSERT INTO bench_raw_entry (seq, event_id, event_source, event_type, subject, actor, event_time,
                                         canonical_envelope, topic, kafka_partition, kafka_offset, received_at,
                                         prev_hash, entry_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private long seq;

    RawInserts(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        jdbc.execute("DROP TABLE IF EXISTS bench_raw_entry");
        jdbc.execute("CREATE TABLE bench_raw_entry (LIKE audit_entry INCLUDING ALL)");
    }

    void insert(List<NewEntry> events) {
        for (int from = 0; from < events.size(); from += BATCH) {
            List<Object[]> rows = new ArrayList<>();
            for (NewEntry e : events.subList(from, Math.min(events.size(), from + BATCH))) {
                byte[] hash = sha256(e.eventId());
                rows.add(new Object[] {++seq, e.eventId(), e.source(), e.type(), e.subject(), e.actor(),
                    Timestamp.from(e.time()), e.envelope().toString(), e.topic(), e.partition(), e.offset(),
                    new Timestamp(System.currentTimeMillis()), hash, hash});
            }
            transactions.executeWithoutResult(status -> jdbc.batchUpdate(INSERT, rows));
        }
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

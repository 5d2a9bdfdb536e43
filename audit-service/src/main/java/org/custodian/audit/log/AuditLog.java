package org.custodian.audit.log;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of the log. Each append locks the chain head row, so appends happen one at a
 * time, each entry extends the chain the previous one ended, and {@code seq} has no gaps.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends the event, unless an entry with its source and id exists: then nothing changes. */
    @Transactional
    public Optional<LogEntry> append(NewEntry event) {
        ChainHead head = lockHead();
        if (isLogged(event)) {
            return Optional.empty();
        }
        EntryContent content = event.at(head.seq() + 1, clock.instant());
        LogEntry entry = new LogEntry(content, head.entryHash(), ChainHash.of(head.entryHash(), content));
        insert(entry);
        jdbc.sql("UPDATE audit_chain_head SET seq = ?, entry_hash = ? WHERE id = 1")
                .params(entry.seq(), entry.entryHash()).update();
        return Optional.of(entry);
    }

    /** The head as the current transaction sees it. */
    @Transactional(readOnly = true)
    public ChainHead head() {
        return jdbc.sql("SELECT seq, entry_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, row) -> new ChainHead(rs.getLong("seq"), rs.getBytes("entry_hash"))).single();
    }

    private ChainHead lockHead() {
        return jdbc.sql("SELECT seq, entry_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, row) -> new ChainHead(rs.getLong("seq"), rs.getBytes("entry_hash"))).single();
    }

    private boolean isLogged(NewEntry event) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM audit_entry WHERE event_source = ? AND event_id = ?)")
                .params(event.source(), event.eventId()).query(Boolean.class).single();
    }

    private void insert(LogEntry entry) {
        EntryContent c = entry.content();
        jdbc.sql("""
                INSERT INTO audit_entry (seq, event_id, event_source, event_type, subject, actor, event_time, envelope,
                                         topic, kafka_partition, kafka_offset, received_at, prev_hash, entry_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?)""")
                .params(c.seq(), c.eventId(), c.source(), c.type(), c.subject(), c.actor(), utc(c),
                        CanonicalJson.write(c.envelope()), c.topic(), c.partition(), c.offset(),
                        OffsetDateTime.ofInstant(c.receivedAt(), ZoneOffset.UTC), entry.prevHash(), entry.entryHash())
                .update();
    }

    private static OffsetDateTime utc(EntryContent content) {
        return content.time() == null ? null : OffsetDateTime.ofInstant(content.time(), ZoneOffset.UTC);
    }
}

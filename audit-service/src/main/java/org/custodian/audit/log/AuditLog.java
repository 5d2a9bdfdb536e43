package org.custodian.audit.log;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.custodian.audit.personal.PersonalData;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The only writer of the log. Each append locks the chain head row, so appends happen one at a
 * time, each entry extends the chain the previous one ended, and {@code seq} has no gaps.
 */
@Service
public class AuditLog {

    private static final String COPY = """
            COPY audit_entry (seq, event_id, event_source, event_type, subject, actor, event_time, canonical_envelope,
                              topic, kafka_partition, kafka_offset, received_at, prev_hash, entry_hash)
            FROM STDIN""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final Clock clock;
    private final PersonalData personalData;
    private final DatasetSubjects datasetSubjects;

    AuditLog(JdbcClient jdbc, JdbcTemplate batches, Clock clock, PersonalData personalData,
             DatasetSubjects datasetSubjects) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.clock = clock;
        this.personalData = personalData;
        this.datasetSubjects = datasetSubjects;
    }

    /** Appends the event, unless an entry with its source and id exists: then nothing changes. */
    @Transactional
    public Optional<LogEntry> append(NewEntry event) {
        return appendAll(List.of(event)).stream().findFirst();
    }

    /**
     * Appends the events in order, in one transaction, skipping each whose source and id is already
     * logged (or came earlier in the list); returns what was appended. Personal fields are sealed
     * first, so hashes cover their ciphertext and survive erasure. Hashes are computed here, so a
     * batch costs a handful of statements whatever its size. The envelope is stored as its canonical
     * text, the bytes the hash covers, so verifying needs no JSON parsing; the rows go in one {@code COPY}.
     *
     * @throws NotCanonicalJsonException when an event has no RFC 8785 form or cannot be stored;
     *         {@link #requireLoggable} tells beforehand
     */
    @Transactional
    public List<LogEntry> appendAll(List<NewEntry> events) {
        ChainHead head = lockHead();
        // A batch is inserted without asking first (see insertedUnlessLogged); one key costs less to ask for.
        List<Row> rows = events.size() > 1 ? chained(head, events, new HashSet<>()) : List.of();
        if (rows.isEmpty() || !insertedUnlessLogged(rows)) {
            rows = chained(head, events, logged(events));
            if (!rows.isEmpty()) {
                insert(rows);
            }
        }
        return extended(rows);
    }

    /** Records the appended rows' dataset lookup rows and moves the head to the last of them. */
    private List<LogEntry> extended(List<Row> rows) {
        if (!rows.isEmpty()) {
            LogEntry last = rows.get(rows.size() - 1).entry();
            datasetSubjects.record(rows.stream().map(row -> row.entry().content()).toList());
            jdbc.sql("UPDATE audit_chain_head SET seq = ?, entry_hash = ? WHERE id = 1").params(last.seq(), last.entryHash())
                    .update();
        }
        return rows.stream().map(Row::entry).toList();
    }

    /** The events after the head, in order, sealed and chained, but for those in {@code seen} and repeats. */
    private List<Row> chained(ChainHead head, List<NewEntry> events, Set<EventKey> seen) {
        List<Row> rows = new ArrayList<>(events.size());
        long seq = head.seq();
        byte[] previous = head.entryHash();
        for (NewEntry event : events) {
            if (seen.add(EventKey.of(event))) {
                EntryContent content = sealed(event).at(++seq, clock.instant());
                String envelope = CanonicalJson.storableText(content.envelope());
                byte[] hash = ChainHash.of(previous, content.canonicalJson(envelope.getBytes(StandardCharsets.UTF_8)));
                rows.add(new Row(new LogEntry(content, previous, hash), envelope));
                previous = hash;
            }
        }
        return rows;
    }

    /**
     * Inserts the rows, unless one of their events is logged already: the unique key of source and id
     * then refuses the statement, nothing of it remains (rolled back to a savepoint), and the caller
     * asks which are logged and chains the rest. Redeliveries are rare, and asking first cost as
     * much as inserting.
     */
    private boolean insertedUnlessLogged(List<Row> rows) {
        TransactionStatus transaction = TransactionAspectSupport.currentTransactionStatus();
        Object savepoint = transaction.createSavepoint();
        try {
            insert(rows);
        } catch (DuplicateKeyException logged) {
            transaction.rollbackToSavepoint(savepoint);
            return false;
        }
        transaction.releaseSavepoint(savepoint);
        return true;
    }

    /** Throws {@link NotCanonicalJsonException} unless appending this event could succeed: checked before a batch is appended. */
    public static void requireLoggable(NewEntry event) {
        CanonicalJson.requireStorable(event.envelope());
        for (String column : new String[] {event.eventId(), event.source(), event.type(), event.subject(), event.actor()}) {
            if (column != null) {
                CanonicalJson.requireStorable(TextNode.valueOf(column));
            }
        }
    }

    /** The head as the current transaction sees it. */
    @Transactional(readOnly = true)
    public ChainHead head() {
        return jdbc.sql("SELECT seq, entry_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, row) -> new ChainHead(rs.getLong("seq"), rs.getBytes("entry_hash"))).single();
    }

    private NewEntry sealed(NewEntry event) {
        return event.withEnvelope(personalData.seal(event.type(), event.source(), event.eventId(), event.envelope()));
    }

    /**
     * Also plans this transaction's statements for their actual arguments: once the driver prepares a
     * statement on the server, PostgreSQL may switch to a generic plan, which for the batch's arrays of
     * keys can be a scan of the whole log.
     */
    private ChainHead lockHead() {
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        return jdbc.sql("SELECT seq, entry_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, row) -> new ChainHead(rs.getLong("seq"), rs.getBytes("entry_hash"))).single();
    }

    /**
     * Which of the events are logged already (after a redelivery): one query for the whole batch, an index scan of the
     * (source, id) key, never a scan of the growing log (see {@link #lockHead}).
     */
    private Set<EventKey> logged(List<NewEntry> events) {
        String[] sources = events.stream().map(NewEntry::source).distinct().toArray(String[]::new);
        String[] ids = events.stream().map(NewEntry::eventId).toArray(String[]::new);
        return new HashSet<>(jdbc.sql("""
                        SELECT event_source, event_id FROM audit_entry
                        WHERE event_source = ANY (CAST(? AS text[])) AND event_id = ANY (CAST(? AS text[]))""")
                .params(sources, ids).query((rs, row) -> new EventKey(rs.getString(1), rs.getString(2))).list());
    }

    /** One statement for the batch: COPY costs the database a fraction of one INSERT execution per row. */
    private void insert(List<Row> rows) {
        CopyRows copy = new CopyRows(rows.size() * 1024);
        for (Row row : rows) {
            LogEntry entry = row.entry();
            EntryContent c = entry.content();
            copy.number(c.seq()).text(c.eventId()).text(c.source()).text(c.type()).text(c.subject()).text(c.actor())
                    .time(c.time()).text(row.canonicalEnvelope()).text(c.topic()).number(c.partition())
                    .number(c.offset()).time(c.receivedAt()).bytea(entry.prevHash()).bytea(entry.entryHash()).endRow();
        }
        copy.copyInto(batches, COPY);
    }

    /** An entry and its envelope's canonical text, as inserted. */
    private record Row(LogEntry entry, String canonicalEnvelope) {
    }

    /** CloudEvents identity: source and id. */
    private record EventKey(String source, String id) {
        static EventKey of(NewEntry event) {
            return new EventKey(event.source(), event.eventId());
        }
    }
}

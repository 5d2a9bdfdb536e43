package org.custodian.audit.query;

import java.util.List;
import org.custodian.audit.log.EntryRows;
import org.custodian.audit.log.LogEntry;
import org.custodian.audit.personal.PersonalData;
import org.custodian.audit.personal.Revealer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds a page of entries in sequence order, reading one more than asked to know whether more follow. */
@Repository
class EntryFinder {

    private final JdbcClient jdbc;
    private final PersonalData personalData;

    EntryFinder(JdbcClient jdbc, PersonalData personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    EntryPage find(EntryQuery query) {
        EntrySql sql = EntrySql.of(query, query.limit() + 1, DatasetReach.of(query, jdbc));
        List<LogEntry> found = jdbc.sql(sql.sql()).params(sql.params()).query(EntryRows::map).list();
        boolean more = found.size() > query.limit();
        List<LogEntry> page = more ? found.subList(0, query.limit()) : found;
        Revealer revealer = personalData.revealer();
        return new EntryPage(page.stream().map(entry -> EntryView.of(revealed(revealer, entry))).toList(),
                more ? page.get(page.size() - 1).seq() : null);
    }

    /** The entry with its personal fields as the reader may see them: decrypted, or erased. */
    static LogEntry revealed(Revealer revealer, LogEntry entry) {
        return entry.withEnvelope(revealer.envelope(entry.content().source(), entry.content().eventId(),
                entry.content().envelope()));
    }
}

package org.custodian.audit.query;

import java.util.List;
import org.custodian.audit.log.EntryRows;
import org.custodian.audit.log.LogEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds a page of entries in sequence order, reading one more than asked to know whether more follow. */
@Repository
class EntryFinder {

    private final JdbcClient jdbc;

    EntryFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    EntryPage find(EntryQuery query) {
        EntrySql sql = EntrySql.of(query, query.limit() + 1);
        List<LogEntry> found = jdbc.sql(sql.sql()).params(sql.params()).query(EntryRows::map).list();
        boolean more = found.size() > query.limit();
        List<LogEntry> page = more ? found.subList(0, query.limit()) : found;
        return new EntryPage(page.stream().map(EntryView::of).toList(), more ? page.get(page.size() - 1).seq() : null);
    }
}

package org.custodian.audit.history;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import org.custodian.audit.log.EntryRows;
import org.custodian.audit.log.LogEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The entries about one request, or about one researcher and every request they made, in log order. */
@Repository
class SubjectEntries {

    private final JdbcClient jdbc;

    SubjectEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LogEntry> about(String subject) {
        return jdbc.sql(EntryRows.SELECT + " WHERE subject = ? ORDER BY seq").param(subject).query(EntryRows::map).list();
    }

    List<LogEntry> aboutResearcher(String researcherId) {
        String naming = "{\"data\":{\"researcher_id\":" + TextNode.valueOf(researcherId) + "}}";
        return jdbc.sql(EntryRows.SELECT + " WHERE subject = ? OR subject IN"
                        + " (SELECT subject FROM audit_entry WHERE envelope @> CAST(? AS jsonb)) ORDER BY seq")
                .params(researcherId, naming).query(EntryRows::map).list();
    }
}

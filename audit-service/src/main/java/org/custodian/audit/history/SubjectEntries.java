package org.custodian.audit.history;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.function.UnaryOperator;
import org.custodian.audit.log.EntryRows;
import org.custodian.audit.log.LogEntry;
import org.custodian.audit.personal.PersonalData;
import org.custodian.audit.personal.Revealer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The entries about one request, or about one researcher and every request they made, in log order,
 * with personal fields revealed (or erased).
 */
@Repository
class SubjectEntries {

    private final JdbcClient jdbc;
    private final PersonalData personalData;

    SubjectEntries(JdbcClient jdbc, PersonalData personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    List<LogEntry> about(String subject) {
        return jdbc.sql(EntryRows.SELECT + " WHERE subject = ? ORDER BY seq").param(subject).query(EntryRows::map).list()
                .stream().map(revealing()).toList();
    }

    List<LogEntry> aboutResearcher(String researcherId) {
        String naming = "{\"data\":{\"researcher_id\":" + TextNode.valueOf(researcherId) + "}}";
        return jdbc.sql(EntryRows.SELECT + " WHERE subject = ? OR subject IN"
                        + " (SELECT subject FROM audit_entry WHERE envelope @> CAST(? AS jsonb)) ORDER BY seq")
                .params(researcherId, naming).query(EntryRows::map).list()
                .stream().map(revealing()).toList();
    }

    private UnaryOperator<LogEntry> revealing() {
        Revealer revealer = personalData.revealer();
        return entry -> entry.withEnvelope(revealer.envelope(entry.content().source(), entry.content().eventId(),
                entry.content().envelope()));
    }
}

package org.custodian.audit.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.custodian.audit.AuditServiceIntegration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A batch is appended in order in one transaction; an event already logged, or repeated in the batch, is logged once. */
class AppendAllIT extends AuditServiceIntegration {

    @Autowired
    private AuditLog log;

    @Test
    void aBatchExtendsTheChainOnceAndSkipsWhatIsLogged() {
        String subject = newSubject("batch");
        NewEntry first = event(subject, 1);
        log.append(first);
        NewEntry second = event(subject, 2);
        NewEntry third = event(subject, 3);

        List<LogEntry> appended = log.appendAll(List.of(first, second, third, second));

        assertThat(appended).extracting(entry -> entry.content().eventId()).containsExactly(second.eventId(), third.eventId());
        assertThat(appended.get(1).seq()).isEqualTo(appended.get(0).seq() + 1);
        assertThat(appended.get(1).prevHash()).isEqualTo(appended.get(0).entryHash());
        assertThat(log.head().seq()).isEqualTo(appended.get(1).seq());
        assertThat(log.appendAll(List.of(first, second, third))).isEmpty();
        assertThat(entries("subject=" + subject)).hasSize(3);
        assertThat(verify().at("/valid").asBoolean()).isTrue();
    }

    @Test
    void textWithBackslashesTabsAndLineBreaksIsStoredAsReceived() {
        String subject = newSubject("copy") + "\\N\t\\x00";
        String id = UUID.randomUUID() + "\\.\n\r";
        String text = "a\\b\tc\nd\re \\N \\\\ \"quoted\" é ✓";
        var envelope = JsonNodeFactory.instance.objectNode().put("specversion", "1.0").put("id", id).put("source", "/batch\\")
                .put("type", "com.example.batch").put("text", text);
        log.appendAll(List.of(new NewEntry(id, "/batch\\", "com.example.batch", subject, "actor\tone", null,
                "custodian.inbound.v1", 0, 1, envelope)));

        var row = jdbc.sql("SELECT event_id, event_source, subject, actor, event_time, envelope ->> 'text' AS text FROM audit_entry"
                + " WHERE subject = ?").param(subject).query().singleRow();
        assertThat(row).containsEntry("event_id", id).containsEntry("event_source", "/batch\\")
                .containsEntry("actor", "actor\tone").containsEntry("event_time", null).containsEntry("text", text);
        assertThat(verify().at("/valid").asBoolean()).isTrue();
    }

    private static NewEntry event(String subject, int n) {
        String id = UUID.randomUUID().toString();
        var envelope = JsonNodeFactory.instance.objectNode().put("specversion", "1.0").put("id", id).put("source", "/batch")
                .put("type", "com.example.batch").put("n", n);
        return new NewEntry(id, "/batch", "com.example.batch", subject, null, Instant.now(), "custodian.inbound.v1", 0, n,
                envelope);
    }
}

package org.custodian.audit.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.custodian.audit.AuditServiceIntegration;
import org.custodian.audit.log.AuditLog;
import org.custodian.audit.log.NewEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dataset filter finds every entry about a subject whose entries name the dataset, whether the
 * dataset reaches few subjects or many (the two SQL shapes of {@link EntrySql}), page after page.
 */
class DatasetFilterIT extends AuditServiceIntegration {

    @Autowired
    private AuditLog log;

    @Test
    void aDatasetOfManySubjectsIsFoundWholeAndInOrder() {
        String dataset = newSubject("ds-common");
        int subjects = DatasetReach.MANY + 10;
        List<NewEntry> events = new ArrayList<>();
        for (int i = 0; i < subjects; i++) {
            String subject = newSubject("req");
            if (i == 0) {
                events.add(event(subject, "note", "about the request before it named the dataset"));
            }
            events.add(event(subject, i % 2 == 0 ? "datasets" : "dataset_id", dataset));
            events.add(event(subject, "note", "about the same request, not naming the dataset"));
            events.add(event(newSubject("other"), "note", "unrelated"));
        }
        log.appendAll(events);

        List<String> found = allPages("dataset=" + dataset + "&limit=1000");

        assertThat(found).hasSize(subjects * 2 + 1)
                .containsExactlyElementsOf(events.stream().filter(e -> !e.subject().startsWith("other-")).map(NewEntry::eventId).toList());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_dataset_subject WHERE dataset_id = ?").param(dataset)
                .query(Long.class).single()).isEqualTo(subjects);
    }

    @Test
    void aDatasetOfFewSubjectsAndTheDatasetsOwnEntriesAreFound() {
        String dataset = newSubject("ds-rare");
        String subject = newSubject("req");
        NewEntry registered = event(dataset, "title", "the dataset itself");
        NewEntry named = event(subject, "datasets", dataset);
        NewEntry decided = event(subject, "note", "decision");
        log.appendAll(List.of(registered, event(newSubject("other"), "datasets", "ds-else"), named, decided));

        assertThat(allPages("dataset=" + dataset + "&limit=1"))
                .containsExactly(registered.eventId(), named.eventId(), decided.eventId());
    }

    private List<String> allPages(String query) {
        List<String> ids = new ArrayList<>();
        String after = "0";
        while (after != null) {
            JsonNode page = api.get("/api/audit/entries?" + query + "&after=" + after, COMPLIANCE).json();
            page.at("/entries").forEach(entry -> ids.add(entry.at("/event_id").asText()));
            after = page.at("/next").isNull() ? null : page.at("/next").asText();
        }
        return ids;
    }

    private static NewEntry event(String subject, String field, String value) {
        String id = UUID.randomUUID().toString();
        ObjectNode envelope = JsonNodeFactory.instance.objectNode().put("specversion", "1.0").put("id", id)
                .put("source", "/datasets").put("type", "com.example.noted");
        ObjectNode data = envelope.putObject("data");
        if (field.equals("datasets")) {
            data.putArray("datasets").add("ds-x").add(value);
        } else {
            data.put(field, value);
        }
        return new NewEntry(id, "/datasets", "com.example.noted", subject, null, Instant.now(), "custodian.inbound.v1", 0, 0,
                envelope);
    }
}

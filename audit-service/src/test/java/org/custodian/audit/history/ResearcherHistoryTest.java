package org.custodian.audit.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.custodian.audit.Events;
import org.custodian.audit.log.EntryContent;
import org.custodian.audit.log.LogEntry;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.catalog.PersonalDataErased;
import org.custodian.contracts.releases.ErasureCertified;
import org.custodian.contracts.releases.ReleaseAccessed;
import org.junit.jupiter.api.Test;

/** The history folds entries as their contract records: what is no record, or not about a request, is kept apart. */
class ResearcherHistoryTest {

    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");

    private final ResearcherHistory history = new ResearcherHistory("r-1");
    private long seq;

    @Test
    void releaseEventsFindTheirReleaseAndEventsAboutThePersonStayWithThePerson() {
        accept(Events.requestSubmitted("req-1"));
        accept(Events.requestApproved("req-1"));
        accept(Events.releaseIssued("req-1"));
        accept(new ReleaseAccessed("rel-req-1", "req-1", "acc-1", null));
        accept(new ReleaseAccessed("rel-req-1", "req-1", "acc-2", null));
        accept(new ErasureCertified(null, "req-1", "r-1", "all", "deleted", null, "done", AT));
        accept(new PersonalDataErased("r-1", "dpo", AT, "sha256:x"));

        JsonNode json = history.json();

        assertThat(json.at("/requests")).hasSize(1);
        JsonNode release = json.at("/requests/0/releases/0");
        assertThat(release.at("/accesses").asLong()).isEqualTo(2);
        assertThat(release.at("/status").asText()).as("an erasure without a release id means the latest release").isEqualTo("erased");
        assertThat(json.at("/researcher/other_events/0/type").asText()).isEqualTo(EventType.PERSONAL_DATA_ERASED.cloudEventType());
    }

    @Test
    void anEntryThatIsNoContractRecordIsListedAsAnotherEvent() {
        accept(Events.requestSubmitted("req-1"));
        ObjectNode notARecord = ContractJson.mapper().createObjectNode().put("request_id", "req-1");
        accept(EventType.REQUEST_APPROVED.cloudEventType(), "req-1", notARecord);

        JsonNode request = history.json().at("/requests/0");

        assertThat(request.at("/status").asText()).isEqualTo("submitted");
        assertThat(request.at("/other_events/0/type").asText()).isEqualTo(EventType.REQUEST_APPROVED.cloudEventType());
    }

    private void accept(GovernanceEvent event) {
        accept(EventType.of(event).cloudEventType(), event.subject(), ContractJson.mapper().valueToTree(event));
    }

    private void accept(String type, String subject, JsonNode data) {
        ObjectNode envelope = ContractJson.mapper().createObjectNode();
        envelope.set("data", data);
        seq++;
        history.accept(new LogEntry(new EntryContent(seq, "evt-" + seq, "/test", type, subject, "someone", AT,
                "custodian.requests.v1", 0, seq, AT, envelope), new byte[32], new byte[32]));
    }
}

package org.custodian.audit.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.audit.AuditServiceIntegration;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.contracts.catalog.IrbApproval;
import org.custodian.contracts.catalog.PersonalDataErased;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An erasure leaves audit-service as one personal-data.erased event on the catalog topic, however often it
 * is repeated; the audit consumer, receiving its own announcement, logs the erasure once; and an erasure
 * whose announcement was lost to a crash is announced from the outbox.
 */
class ErasureAnnouncementIT extends AuditServiceIntegration {

    @Autowired
    private ErasureAnnouncer announcer;

    private KafkaProbe catalog;
    private String researcher;

    @BeforeEach
    void aRegisteredResearcher() {
        catalog = KafkaProbe.on(Topic.CATALOG.topicName());
        researcher = newSubject("r");
        publish(registered(researcher), "steward-sam");
        awaitEntries(researcher, 1);
    }

    @AfterEach
    void close() {
        catalog.close();
    }

    @Test
    void theErasureIsPublishedOnceAndLoggedOnceAndTheLogStillVerifies() {
        HttpApi.Response erased = erase(researcher, "{\"reason\":\"GDPR Art. 17 request 42\"}");
        assertThat(erased.status()).as(erased.raw()).isEqualTo(200);

        ConsumerRecord<byte[], byte[]> record = catalog.await(KafkaProbe.ofType(EventType.PERSONAL_DATA_ERASED, researcher),
                ASYNC);
        CloudEvent event = KafkaProbe.cloudEvent(record);
        PersonalDataErased data = (PersonalDataErased) GovernanceCloudEvents.decode(event);
        assertThat(new String(record.key())).isEqualTo(researcher);
        assertThat(event.getId()).isEqualTo("personal-data-erased:" + researcher);
        assertThat(event.getSource()).hasToString("/audit-service");
        assertThat(GovernanceCloudEvents.actor(event)).isEqualTo("cora-compliance");
        assertThat(data.researcherId()).isEqualTo(researcher);
        assertThat(data.erasedBy()).isEqualTo("cora-compliance");
        assertThat(data.erasedAt()).isEqualTo(Instant.parse(erased.json().at("/erased_at").asText()));

        assertThat(erase(researcher, "{\"reason\":\"again\"}").status()).isEqualTo(200);
        announcer.announcePending();
        afterTheAuditConsumerCaughtUp();

        assertThat(announcements()).hasSize(1);
        assertThat(entries("subject=" + researcher + "&type=personal-data.erased")).hasSize(1)
                .allSatisfy(entry -> assertThat(entry.at("/event_id").asText()).isEqualTo(event.getId()));
        assertThat(verify().at("/valid").asBoolean()).as(verify().toString()).isTrue();
    }

    @Test
    void anErasureWhoseAnnouncementWasLostIsAnnouncedFromTheOutbox() {
        jdbc.sql("""
                UPDATE person_key SET secret = NULL, erased_at = ?, erased_by = 'cora-compliance', erasure_reason = 'lost'
                WHERE researcher_id = ?""").params(OffsetDateTime.now(ZoneOffset.UTC), researcher).update();

        announcer.announcePending();

        assertThat(catalog.await(KafkaProbe.ofType(EventType.PERSONAL_DATA_ERASED, researcher), ASYNC)).isNotNull();
        assertThat(jdbc.sql("SELECT erasure_announced_at IS NOT NULL FROM person_key WHERE researcher_id = ?")
                .param(researcher).query(Boolean.class).single()).isTrue();
        announcer.announcePending();
        assertThat(announcements()).hasSize(1);
    }

    /** A later event of the same key, on the same partition, logged: the consumer has seen the announcement too. */
    private void afterTheAuditConsumerCaughtUp() {
        int before = entries("subject=" + researcher).size();
        publish(new ResearcherCredentialsChanged(researcher, "Uni Heidelberg", "DE", false, true, true, false, false,
                List.of(), null, null, true, "credentials.edited"), "steward-sam");
        awaitEntries(researcher, before + 1);
    }

    private List<ConsumerRecord<byte[], byte[]>> announcements() {
        return catalog.drain(Duration.ofSeconds(2)).stream()
                .filter(KafkaProbe.ofType(EventType.PERSONAL_DATA_ERASED, researcher)).toList();
    }

    private HttpApi.Response erase(String id, String body) {
        return api.post("/api/audit/people/" + id + "/erasure", COMPLIANCE, body);
    }

    private static ResearcherRegistered registered(String id) {
        return new ResearcherRegistered(id, "Ada Lovelace", "Uni Heidelberg", "DE", false, true, true, false, false,
                List.of(new IrbApproval("IRB-7", LocalDate.parse("2027-11-22"))), null, "U0ADA4242");
    }
}

package org.custodian.audit.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.custodian.audit.AuditServiceIntegration;
import org.custodian.audit.Events;
import org.custodian.contracts.Topic;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Invariant 2: every event of every topic appears in the log exactly once; per key, in order. */
class IngestionIT extends AuditServiceIntegration {

    @Test
    void eventsOfEveryTopicAreLoggedOnceWithTheirEnvelope() {
        String request = newSubject("req");
        List<CloudEvent> sent = new ArrayList<>();
        sent.add(publish(Events.requestSubmitted(request), "r-1"));
        sent.add(publish(Events.decisionMade(request), "policy-service"));
        sent.add(publish(Events.requestApproved(request), "request-service"));
        sent.add(publish(Events.releaseIssued(request), "release-service"));
        CloudEvent outside = outsideEvent(request, "{\"release_id\": \"rel-1\", \"bytes\": 1.50, \"rows\": 12}");
        publish(Topic.INBOUND, request, outside);
        sent.add(outside);

        List<JsonNode> entries = awaitEntries(request, sent.size());

        assertThat(entries).extracting(e -> e.at("/event_id").asText())
                .containsExactlyInAnyOrderElementsOf(sent.stream().map(CloudEvent::getId).toList());
        assertThat(entries).extracting(e -> e.at("/seq").asLong()).isSorted();
        assertThat(entries).extracting(e -> e.at("/topic").asText()).containsExactlyInAnyOrder(
                "custodian.requests.v1", "custodian.decisions.v1", "custodian.requests.v1", "custodian.releases.v1",
                "custodian.inbound.v1");
        JsonNode approved = only(entries, "org.custodian.request.approved.v1");
        assertThat(approved.at("/actor").asText()).isEqualTo("request-service");
        assertThat(approved.at("/source").asText()).isEqualTo("/test-producer");
        assertThat(approved.at("/data/obligations/erase_by").asText()).isEqualTo("2027-11-22");
        assertThat(approved.at("/entry_hash").asText()).hasSize(64);
        JsonNode logged = only(entries, "com.example.enclave.access-logged");
        assertThat(logged.at("/actor").asText()).as("produced straight to the inbound topic: its source acted, "
                + "its actor extension is only a claim (ADR 007)").isEqualTo("urn:enclave:eu-1");
        assertThat(logged.at("/time").asText()).isEqualTo("2026-11-22T09:15:30.123456Z");
        assertThat(logged.at("/data/rows").asInt()).isEqualTo(12);
        assertThat(logged.at("/data/bytes").decimalValue()).isEqualByComparingTo("1.5");
    }

    @Test
    void anIntegrationsEventIsFoundByTheIntegrationAndNeverByWhomItClaimedToActFor() {
        String subject = newSubject("rel");
        String integration = newSubject("hub");
        CloudEvent verified = io.cloudevents.core.builder.CloudEventBuilder.v1(outsideEvent(subject, "{\"rows\": 1}"))
                .withExtension("actor", integration).withExtension("onbehalfof", "sam-" + integration)
                .withExtension("actorverifiedby", "/request-service").build();

        publish(Topic.INBOUND, subject, verified);

        awaitEntries(subject, 1);
        assertThat(entries("actor=" + integration)).extracting(e -> e.at("/event_id").asText()).containsExactly(verified.getId());
        assertThat(entries("actor=sam-" + integration)).isEmpty();
    }

    @Test
    void eventsOfOneKeyAreLoggedInTheOrderPublished() {
        String dataset = newSubject("ds");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(publish(Events.datasetRegistered(dataset), "sam-steward").getId());
        }

        List<JsonNode> entries = awaitEntries(dataset, ids.size());

        assertThat(entries).extracting(e -> e.at("/event_id").asText()).containsExactlyElementsOf(ids);
    }

    @Test
    void aRedeliveredEventIsLoggedOnceAndIsNoError() {
        String request = newSubject("req");
        try (KafkaProbe deadLetters = KafkaProbe.on(Topic.REQUESTS.deadLetterTopic("audit-service"))) {
            CloudEvent submitted = publish(Events.requestSubmitted(request), "r-1");
            publish(Topic.REQUESTS, request, submitted);
            publish(Topic.REQUESTS, request, submitted);
            // Same key, same partition: once this one is logged, the copies before it were handled.
            CloudEvent marker = publish(Events.requestApproved(request), "request-service");

            List<JsonNode> entries = awaitEntries(request, 2);

            assertThat(entries).extracting(e -> e.at("/event_id").asText()).containsExactly(submitted.getId(), marker.getId());
            assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE event_id = ?").param(submitted.getId())
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(deadLetters.drain(Duration.ofSeconds(2))).noneMatch(record -> KafkaProbe.header(record, "ce_id") != null
                    && KafkaProbe.header(record, "ce_id").equals(submitted.getId()));
        }
    }

    @Test
    void concurrentAppendsFromEveryTopicKeepOneGaplessChain() {
        String request = newSubject("req");
        List<String> ids = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            ids.add(publish(Events.requestSubmitted(request), "r-1").getId());
            ids.add(publish(Events.decisionMade(request), "policy-service").getId());
            ids.add(publish(Events.releaseIssued(request), "release-service").getId());
            ids.add(publish(Events.datasetRegistered(request), "sam-steward").getId());
            CloudEvent outside = outsideEvent(request, "{\"round\": " + round + "}");
            publish(Topic.INBOUND, request, outside);
            ids.add(outside.getId());
        }

        List<JsonNode> entries = awaitEntries(request, ids.size());

        assertThat(entries).extracting(e -> e.at("/event_id").asText()).containsExactlyInAnyOrderElementsOf(ids);
        List<Long> seqs = jdbc.sql("SELECT seq FROM audit_entry ORDER BY seq").query(Long.class).list();
        assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(1, seqs.size()).boxed().toList());
        assertThat(verify().at("/valid").asBoolean()).isTrue();
    }

    @Test
    void sequenceNumbersHaveNoGapsAndTheChainVerifies() {
        String request = newSubject("req");
        publish(Events.requestSubmitted(request), "r-1");
        publish(Events.decisionMade(request), "policy-service");
        awaitEntries(request, 2);

        List<Long> seqs = jdbc.sql("SELECT seq FROM audit_entry ORDER BY seq").query(Long.class).list();

        assertThat(seqs).containsExactlyElementsOf(LongStream.rangeClosed(1, seqs.size()).boxed().toList());
        JsonNode verification = verify();
        assertThat(verification.at("/valid").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.at("/entries").asLong()).isEqualTo(seqs.size());
        assertThat(verification.at("/first_bad_seq").isNull()).isTrue();
    }

    @Test
    void entriesAreFilteredByTypeSuffixOrFullTypeAndPagedByCursor() {
        String request = newSubject("req");
        publish(Events.requestSubmitted(request), "r-1");
        publish(Events.decisionMade(request), "policy-service");
        publish(Events.requestApproved(request), "request-service");
        List<JsonNode> all = awaitEntries(request, 3);

        assertThat(entries("subject=" + request + "&type=decision.made")).extracting(e -> e.at("/type").asText())
                .containsExactly("org.custodian.decision.made.v1");
        assertThat(entries("subject=" + request + "&type=org.custodian.decision.made.v1")).hasSize(1);
        assertThat(entries("subject=" + request + "&type=decision")).isEmpty();

        JsonNode first = api.get("/api/audit/entries?subject=" + request + "&limit=2", COMPLIANCE).json();
        assertThat(first.at("/entries")).hasSize(2);
        long cursor = first.at("/next").asLong();
        assertThat(cursor).isEqualTo(all.get(1).at("/seq").asLong());
        JsonNode second = api.get("/api/audit/entries?subject=" + request + "&limit=2&after=" + cursor, COMPLIANCE).json();
        assertThat(second.at("/entries")).hasSize(1);
        assertThat(second.at("/entries/0/event_id").asText()).isEqualTo(all.get(2).at("/event_id").asText());
        assertThat(second.at("/next").isNull()).isTrue();
    }

    @Test
    void adminReadsTheLogToo() {
        assertThat(api.get("/api/audit/entries?limit=1", TestTokens.token("ada-admin", "admin")).status()).isEqualTo(200);
        assertThat(api.get("/api/audit/verify", TestTokens.token("ada-admin", "admin")).status()).isEqualTo(200);
    }

    private static JsonNode only(List<JsonNode> entries, String type) {
        List<JsonNode> ofType = entries.stream().filter(e -> e.at("/type").asText().equals(type)).toList();
        assertThat(ofType).hasSize(1);
        return ofType.get(0);
    }
}

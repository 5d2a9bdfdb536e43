package org.custodian.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.catalog.DatasetCommitteeChanged;
import org.custodian.contracts.operations.ChatMemberLinked;
import org.custodian.contracts.operations.WebhookSubscribed;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Every governance change made through the API reaches a governance topic (so the audit log, which
 * consumes them all) with the caller who made it as actor.
 */
class GovernanceChangesIT extends RequestServiceIntegration {

    private static final String STEWARD_SUBJECT = "steward-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String A_STEWARD = TestTokens.token(STEWARD_SUBJECT, "steward");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aCommitteeChangeIsPublishedWithTheStewardWhoMadeIt() {
        String dataset = newDataset();

        HttpApi.Response response = api.put("/api/datasets/" + dataset + "/committee", A_STEWARD, HttpApi.json(Map.of(
                "reviewers", List.of("rev-a", "rev-b"), "approvals_required", 2, "blinded", true)));

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        ConsumerRecord<byte[], byte[]> record = kafka.await(KafkaProbe.ofType(EventType.DATASET_COMMITTEE_CHANGED, dataset), WAIT);
        assertThat(KafkaProbe.header(record, "ce_actor")).isEqualTo(STEWARD_SUBJECT);
        assertThat(GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record)))
                .isEqualTo(new DatasetCommitteeChanged(dataset, List.of("rev-a", "rev-b"), 2, true));
    }

    @Test
    void aTermsVersionIsPublishedWithTheStewardWhoMadeIt() {
        String dataset = newDataset();

        HttpApi.Response response = api.put("/api/datasets/" + dataset + "/terms", A_STEWARD,
                HttpApi.json(dataset(dataset, List.of("DUO:0000006"), "auto").get("terms")));

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        ConsumerRecord<byte[], byte[]> record = kafka.await(KafkaProbe.ofType(EventType.DATASET_TERMS_CHANGED, dataset), WAIT);
        assertThat(KafkaProbe.header(record, "ce_actor")).isEqualTo(STEWARD_SUBJECT);
    }

    @Test
    void aManuscriptReviewWindowIsPublishedWithTheStewardWhoSetIt() {
        String dataset = newDataset();

        HttpApi.Response response = api.put("/api/datasets/" + dataset + "/publication-review", A_STEWARD, "{\"window_days\":12}");

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        ConsumerRecord<byte[], byte[]> record = kafka.await(KafkaProbe.ofType(EventType.DATASET_REVIEW_WINDOW_CHANGED, dataset), WAIT);
        assertThat(KafkaProbe.header(record, "ce_actor")).isEqualTo(STEWARD_SUBJECT);
        assertThat(record.value()).asString().contains("\"window_days\":12");
    }

    @Test
    void aChatLinkIsPublishedWithTheStewardWhoMadeIt() {
        String reviewer = "rev-" + UUID.randomUUID().toString().substring(0, 8);
        String slackUser = "U0" + reviewer.substring(4).toUpperCase();

        HttpApi.Response response = api.put("/api/chatops/members/" + reviewer, A_STEWARD,
                HttpApi.json(Map.of("slack_user_id", slackUser)));

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        ConsumerRecord<byte[], byte[]> record = kafka.await(KafkaProbe.ofType(EventType.CHAT_MEMBER_LINKED, reviewer), WAIT);
        assertThat(KafkaProbe.header(record, "ce_actor")).isEqualTo(STEWARD_SUBJECT);
        assertThat(GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record))).isEqualTo(new ChatMemberLinked(reviewer, slackUser));
    }

    @Test
    void aWebhookSubscriptionIsPublishedWithTheStewardWhoMadeItAndWithoutItsSecret() {
        HttpApi.Response response = api.post("/api/webhooks", A_STEWARD, HttpApi.json(Map.of(
                "url", "http://127.0.0.2:9/hooks", "event_types", List.of(EventType.DATASET_REGISTERED.cloudEventType()))));

        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        String id = response.json().at("/id").asText();
        ConsumerRecord<byte[], byte[]> record = kafka.await(KafkaProbe.ofType(EventType.WEBHOOK_SUBSCRIBED, id), WAIT);
        assertThat(KafkaProbe.header(record, "ce_actor")).isEqualTo(STEWARD_SUBJECT);
        assertThat(GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record))).isEqualTo(new WebhookSubscribed(id,
                "http://127.0.0.2:9/hooks", List.of(EventType.DATASET_REGISTERED.cloudEventType())));
        assertThat(record.value()).asString().doesNotContain(response.json().at("/secret").asText());
    }

    private String newDataset() {
        String dataset = "ds-gov-" + UUID.randomUUID().toString().substring(0, 8);
        registerDataset(dataset, List.of("DUO:0000042"), "auto");
        return dataset;
    }
}

package org.custodian.request.chatops.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.contracts.EventMetadata;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.contracts.catalog.IrbApproval;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.contracts.releases.Access;
import org.custodian.contracts.releases.ErasureOverdue;
import org.custodian.contracts.releases.ReleaseAccessViolated;
import org.custodian.contracts.releases.ReleaseIssued;
import org.custodian.contracts.requests.ManuscriptOutcome;
import org.custodian.contracts.requests.ManuscriptReviewed;
import org.custodian.contracts.requests.ManuscriptSubmitted;
import org.custodian.request.chatops.ChatOpsIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Stewards' alerts and manuscripts in chat, from events on the real broker to the loopback Slack. */
class SlackNoticesIT extends ChatOpsIntegration {

    private static final String DIGEST = "sha256:" + "ab".repeat(32);

    @Test
    void violationsOverdueErasuresOffboardingAndExpiredIrbsAreToldToTheStewardsChannel() {
        String release = unique("rel");
        String researcher = unique("r");
        String edited = unique("r");
        Access access = new Access(researcher, "ds-1", List.of("hba1c"), 10L, null, "enclave", Instant.now());

        publish(Topic.RELEASES, "req-x", new ReleaseAccessViolated(release, "req-x", unique("acc"), access,
                List.of("EXPIRED")), "release-service");
        publish(Topic.RELEASES, "req-y", new ErasureOverdue(release + "-e", "req-y", researcher, LocalDate.parse("2026-11-01"),
                Instant.now()), "release-service");
        publish(Topic.CATALOG, edited, credentials(edited, "credentials.edited"), "request-service");
        publish(Topic.CATALOG, edited, credentials(edited, "researcher.offboarded"), "request-service");
        publish(Topic.CATALOG, researcher, credentials(researcher, "irb.expired"), "request-service");

        assertThat(awaitCall("chat.postMessage", "Access violation on release " + release).body()).contains("EXPIRED");
        assertThat(awaitCall("chat.postMessage", "Erasure overdue for release " + release + "-e").body())
                .contains("2026-11-01");
        assertThat(awaitCall("chat.postMessage", edited + ": researcher.offboarded").json().path("channel").asText())
                .isEqualTo(SlackStandIn.STEWARD_CHANNEL);
        awaitCall("chat.postMessage", researcher + ": irb.expired");
        assertThat(slack.calls("chat.postMessage", "credentials.edited")).isEmpty();
    }

    @Test
    void aManuscriptForApprovalIsPostedBlindedWithItsButtonsAndUpdatedWhenReviewed() {
        String author = person(REQUESTER_INSTITUTION);
        String dataset = datasetReviewedBy(List.of(unique("rev"), unique("rev")), true);
        String reviewer = unique("rev");
        String reviewerSlack = linkToSlack(reviewer);
        String manuscript = unique("ms");

        publish(Topic.REQUESTS, manuscript, submitted(manuscript, author, dataset, "approval", reviewer), "request-service");

        SlackStandIn.Call posted = awaitCall("chat.postMessage", "\"value\":\"" + manuscript + "\"");
        assertThat(posted.json().findValuesAsText("action_id")).containsExactly("manuscript.approve", "manuscript.require_changes");
        assertThat(posted.body()).contains("Effects of drug X", DIGEST);
        assertBlind(posted.body(), author);
        String url = slack.responseUrl();
        click(reviewerSlack, "manuscript.approve", manuscript, url);
        assertThat(awaitFollowUp(url)).as("only announced on Kafka, never submitted").contains("Not recorded (UNKNOWN_MANUSCRIPT)");

        publish(Topic.REQUESTS, manuscript, new ManuscriptReviewed(manuscript, "rel-1", author, ManuscriptOutcome.APPROVED,
                reviewer, "Fine."), "request-service");

        SlackStandIn.Call updated = awaitCall("chat.update", manuscript);
        assertThat(updated.json().path("ts").asText())
                .isEqualTo(jdbc.sql("SELECT ts FROM chat_review WHERE subject_id = ?").param(manuscript).query(String.class).single());
        assertThat(updated.body()).contains("approved").doesNotContain("action_id");
        assertBlind(updated.body(), author);
    }

    @Test
    void aReviewerApprovesASubmittedManuscriptFromSlack() {
        String author = person("inst-chat-authors");
        String reviewer = unique("rev");
        String reviewerSlack = linkToSlack(reviewer);
        String dataset = datasetReviewedBy(List.of(reviewer), false);
        String release = unique("rel");
        publish(Topic.RELEASES, release, new ReleaseIssued(release, unique("req"), author, List.of(dataset),
                LocalDate.parse("2027-11-22"), OBLIGATIONS), "release-service");
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT count(*) FROM manuscript_release WHERE release_id = ?")
                .param(release).query(Long.class).single() == 1);
        HttpApi.Response submitted = api.post("/api/manuscripts", TestTokens.token(author, "researcher"), HttpApi.json(Map.of(
                "release_id", release, "title", "Drug X from chat", "document_digest", DIGEST)));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        String manuscript = submitted.json().at("/id").asText();
        awaitCall("chat.postMessage", "\"value\":\"" + manuscript + "\"");

        String url = slack.responseUrl();
        click(reviewerSlack, "manuscript.approve", manuscript, url);

        assertThat(awaitFollowUp(url)).contains("is recorded");
        ManuscriptReviewed reviewed = (ManuscriptReviewed) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.MANUSCRIPT_REVIEWED, manuscript), WAIT)));
        assertThat(reviewed.outcome()).isEqualTo(ManuscriptOutcome.APPROVED);
        assertThat(reviewed.reviewerId()).isEqualTo(reviewer);
        assertThat(awaitCall("chat.update", manuscript).body()).contains("approved");
    }

    @Test
    void aManuscriptUnderNotifyIsAnnouncedWithoutDecisionButtons() {
        String author = person(REQUESTER_INSTITUTION);
        String dataset = datasetReviewedBy(List.of(unique("rev")), false);
        String manuscript = unique("ms");

        publish(Topic.REQUESTS, manuscript, submitted(manuscript, author, dataset, "notify", unique("rev")), "request-service");

        SlackStandIn.Call posted = awaitCall("chat.postMessage", "Manuscript " + manuscript);
        assertThat(posted.json().findValuesAsText("action_id")).isEmpty();
        assertThat(posted.body()).contains("for information", "No decision is needed", REQUESTER_NAME);
    }

    @Test
    void aRepeatedEventIsToldOnceAndAnInvalidOneIsDeadLetteredWithoutAMessage() throws Exception {
        String release = unique("rel");
        ErasureOverdue overdue = new ErasureOverdue(release, "req-z", unique("r"), LocalDate.parse("2026-10-01"), Instant.now());
        CloudEvent once = GovernanceCloudEvents.encode(overdue, new EventMetadata(UUID.randomUUID().toString(),
                URI.create("/release-service"), Instant.now().atOffset(ZoneOffset.UTC), "release-service"));
        String junk = unique("junk");
        String deadLetters = "custodian.requests.v1.request-service-chatops.dlq";

        try (KafkaProbe dlq = KafkaProbe.on(deadLetters)) {
            kafka.send(Topic.RELEASES.topicName(), "req-z", once);
            kafka.send(Topic.RELEASES.topicName(), "req-z", once);
            kafka.sendRaw(Topic.RELEASES.topicName(), junk, ("{\"release_id\": \"" + junk + "\"").getBytes(),
                    Map.of("ce_specversion", "1.0", "ce_id", junk, "ce_source", "/release-service",
                            "ce_type", "org.custodian.erasure.overdue.v1", "ce_subject", junk,
                            "content-type", "application/json"));

            ConsumerRecord<byte[], byte[]> dead = dlq.await(record -> junk.equals(KafkaProbe.header(record, "ce_id")), WAIT);
            assertThat(KafkaProbe.header(dead, "x-exception-message")).isNotBlank();
        }
        String after = unique("rel");
        publish(Topic.RELEASES, "req-z", new ErasureOverdue(after, "req-z", unique("r"), LocalDate.parse("2026-10-02"),
                Instant.now()), "release-service");

        // same key, so the partition's order says the repeat was consumed before this one was told
        awaitCall("chat.postMessage", "Erasure overdue for release " + after);
        assertThat(slack.calls("chat.postMessage", "Erasure overdue for release " + release)).hasSize(1);
        assertThat(slack.calls("chat.postMessage", junk)).isEmpty();
    }

    @Test
    void stewardsAreToldWhenAReviewCannotReachItsQuorumAtOnceOrAfterARecusal() {
        String requester = person(REQUESTER_INSTITUTION);
        String colleague = person(REQUESTER_INSTITUTION);
        String nobody = submit(requester, datasetReviewedBy(List.of(requester, colleague), true));
        String first = unique("rev");
        String firstSlack = linkToSlack(first);
        String recusing = reviewedInSlack(requester, datasetReviewedBy(List.of(first, unique("rev")), false));

        decide(nobody, REVIEW);
        command(firstSlack, "conflict " + recusing + " I supervise this group.", slack.responseUrl());

        SlackStandIn.Call none = awaitCall("chat.postMessage", "Review of " + nobody + " cannot reach its quorum");
        assertThat(none.json().path("channel").asText()).isEqualTo(SlackStandIn.STEWARD_CHANNEL);
        assertThat(none.body()).contains("0 eligible reviewer(s) for 2 approval(s)");
        assertBlind(none.body(), requester);
        assertThat(awaitCall("chat.postMessage", "Review of " + recusing + " cannot reach its quorum").body())
                .contains("1 eligible reviewer(s) for 2 approval(s)");
    }

    @Test
    void aSlackErrorThatRetryingCannotMendFailsAtOnceAndIsKept() {
        String release = unique("rel");
        slack.script(release, new SlackStandIn.Answer(200, "{\"ok\":false,\"error\":\"channel_not_found\"}", null));

        publish(Topic.RELEASES, "req-w", new ErasureOverdue(release, "req-w", unique("r"), LocalDate.parse("2026-10-03"),
                Instant.now()), "release-service");

        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> jdbc.sql(
                        "SELECT count(*) FROM chat_outbound WHERE payload LIKE ? AND state = 'FAILED'")
                .param("%" + release + "%").query(Long.class).single() == 1);
        assertThat(jdbc.sql("SELECT attempts || ':' || last_error FROM chat_outbound WHERE payload LIKE ?")
                .param("%" + release + "%").query(String.class).single()).isEqualTo("1:channel_not_found");
        assertThat(slack.calls("chat.postMessage", release)).hasSize(1);
    }

    private static ManuscriptSubmitted submitted(String id, String author, String dataset, String review, String reviewer) {
        return new ManuscriptSubmitted(id, "rel-1", "req-1", author, List.of(dataset), "Effects of drug X on HbA1c",
                "We found that drug X lowers HbA1c.", "The Lancet", DIGEST, review,
                "approval".equals(review) ? LocalDate.now().plusDays(30) : null, List.of(reviewer));
    }

    private static ResearcherCredentialsChanged credentials(String researcher, String reason) {
        return new ResearcherCredentialsChanged(researcher, "inst-1", "DE", false, false, true, false, false,
                List.of(new IrbApproval("IRB-1", LocalDate.parse("2030-01-01"))), null, null,
                !"researcher.offboarded".equals(reason), reason);
    }
}

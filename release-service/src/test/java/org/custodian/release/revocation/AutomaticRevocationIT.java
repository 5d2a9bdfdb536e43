package org.custodian.release.revocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.contracts.decisions.DecisionReEvaluated;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.releases.ReleaseRevoked;
import org.custodian.release.ReleaseServiceIntegration;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Under the default custodian.releases.on-deny=revoke: a decision turned to deny, or an offboarded researcher, revokes. */
class AutomaticRevocationIT extends ReleaseServiceIntegration {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String STEWARD = TestTokens.token("steward-1", "steward");

    @Test
    void aDecisionReEvaluatedToDenyRevokesTheLiveReleaseOnceEvenWhenReplayed() {
        String requestId = newRequestId();
        String releaseId = release(approval(requestId, "r-" + UUID.randomUUID(), ERASE_BY));
        send(reEvaluated(requestId, Outcome.ALLOW));
        DecisionReEvaluated deny = reEvaluated(requestId, Outcome.DENY);
        String denyId = send(deny);

        ReleaseRevoked revoked = (ReleaseRevoked) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.RELEASE_REVOKED, requestId), WAIT)));
        assertThat(revoked.releaseId()).isEqualTo(releaseId);
        assertThat(revoked.reason()).contains("decision.re-evaluated deny").contains("CONSENT_WITHDRAWN")
                .contains(deny.causeId());
        assertThat(api.get("/api/releases/" + releaseId, STEWARD).json().at("/state").asText()).isEqualTo("REVOKED");

        send(deny, denyId);
        assertThat(published(EventType.RELEASE_REVOKED, requestId)).hasSize(1);
        assertThat(storedEvents(ReleaseRevoked.class, releaseId)).isEqualTo(1);
    }

    @Test
    void anOffboardedResearcherLosesEveryLiveReleaseAndNoOneElseDoes() {
        String researcher = "r-" + UUID.randomUUID();
        String first = newRequestId();
        String second = newRequestId();
        String other = newRequestId();
        String firstRelease = release(approval(first, researcher, ERASE_BY));
        String secondRelease = release(approval(second, researcher, ERASE_BY));
        String otherRelease = release(approval(other, "r-" + UUID.randomUUID(), ERASE_BY));

        send(credentials(researcher, true, "steward edit"));
        ResearcherCredentialsChanged offboarded = credentials(researcher, false, "researcher.offboarded");
        String eventId = send(offboarded);

        for (String requestId : List.of(first, second)) {
            ReleaseRevoked revoked = (ReleaseRevoked) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                    kafka.await(KafkaProbe.ofType(EventType.RELEASE_REVOKED, requestId), WAIT)));
            assertThat(revoked.reason()).contains(researcher).contains("researcher.offboarded");
        }
        send(offboarded, eventId);
        assertThat(published(EventType.RELEASE_REVOKED, other)).isEmpty();
        assertThat(published(EventType.RELEASE_REVOKED, first)).hasSize(1);
        assertThat(storedEvents(ReleaseRevoked.class, firstRelease)).isEqualTo(1);
        assertThat(storedEvents(ReleaseRevoked.class, secondRelease)).isEqualTo(1);
        assertThat(storedEvents(ReleaseRevoked.class, otherRelease)).isZero();
    }

    @Test
    void malformedDecisionAndCatalogRecordsAreDeadLetteredAndChangeNothing() {
        String requestId = newRequestId();
        String releaseId = release(approval(requestId, "r-" + UUID.randomUUID(), ERASE_BY));
        String decisionsDlq = Topic.DECISIONS.deadLetterTopic(GROUP);
        String catalogDlq = Topic.CATALOG.deadLetterTopic(GROUP);
        try (KafkaProbe dead = KafkaProbe.on(decisionsDlq, catalogDlq)) {
            kafka.sendRaw(Topic.DECISIONS.topicName(), requestId, "{\"not\": \"a cloud event\"}".getBytes(StandardCharsets.UTF_8),
                    Map.of());
            kafka.sendRaw(Topic.CATALOG.topicName(), requestId, ("{\"outcome\":\"deny\",\"pad\":\"" + "x".repeat(200_000) + "\"}")
                    .getBytes(StandardCharsets.UTF_8), Map.of("ce_type", EventType.DECISION_RE_EVALUATED.cloudEventType()));

            for (String topic : List.of(decisionsDlq, catalogDlq)) {
                ConsumerRecord<byte[], byte[]> record = dead.await(r -> r.topic().equals(topic)
                        && requestId.equals(new String(r.key(), StandardCharsets.UTF_8)), WAIT);
                assertThat(KafkaProbe.header(record, "x-exception-message")).isNotBlank();
            }
        }
        assertThat(storedEventsOf(releaseId)).as("only the issuance").isEqualTo(1);
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> published(EventType.RELEASE_REVOKED, requestId).isEmpty());
    }

    private static DecisionReEvaluated reEvaluated(String requestId, Outcome outcome) {
        return new DecisionReEvaluated("dec-" + UUID.randomUUID(), requestId, Instant.now(), Outcome.ALLOW,
                decision(outcome), "org.custodian.consent.withdrawn.v1", "evt-" + UUID.randomUUID());
    }

    private static ResearcherCredentialsChanged credentials(String researcherId, boolean active, String reason) {
        return new ResearcherCredentialsChanged(researcherId, "Uni", "DE", false, true, true, false, false, List.of(), null, null,
                active, reason);
    }
}

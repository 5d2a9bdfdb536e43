package org.custodian.release.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.releases.ErasureDue;
import org.custodian.contracts.releases.ErasureOverdue;
import org.custodian.contracts.releases.ReleaseAccessViolated;
import org.custodian.contracts.releases.ReleaseExpired;
import org.custodian.release.ReleaseServiceIntegration;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Expiry and erasure deadlines, fired by the injected clock as the tests move it through months. */
class DeadlineIT extends ReleaseServiceIntegration {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private String requestId;
    private String researcher;
    private String releaseId;
    private LocalDate eraseBy;

    @BeforeEach
    void aReleaseToBeErasedInTwoMonths() {
        requestId = newRequestId();
        researcher = "r-" + UUID.randomUUID();
        eraseBy = CLOCK.today().plusMonths(2);
        releaseId = release(approval(requestId, researcher, eraseBy));
    }

    @Test
    void aReleaseIsRemindedExpiresFallsDueAndBecomesOverdueEachOnce() {
        CLOCK.travelTo(eraseBy.minusDays(8), Duration.ZERO);
        assertThat(published(EventType.ERASURE_DUE, requestId)).as("nothing before the reminder").isEmpty();

        CLOCK.travelTo(eraseBy.minusDays(7), Duration.ofMinutes(1));
        ErasureDue reminder = (ErasureDue) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.ERASURE_DUE, requestId), WAIT)));
        assertThat(reminder.reminder()).isTrue();
        assertThat(reminder.eraseBy()).isEqualTo(eraseBy);
        assertThat(storedEvents(ReleaseExpired.class, releaseId)).isZero();

        CLOCK.travelTo(eraseBy, Duration.ofMinutes(1));
        kafka.await(KafkaProbe.ofType(EventType.RELEASE_EXPIRED, requestId), WAIT);
        await().atMost(WAIT).until(() -> storedEvents(ErasureDue.class, releaseId) == 2);
        assertThat(release().at("/state").asText()).isEqualTo("EXPIRED");
        assertThat(release().at("/erasure").asText()).isEqualTo("DUE");

        CLOCK.travelTo(eraseBy.plusDays(14), Duration.ofMinutes(1));
        ErasureOverdue overdue = (ErasureOverdue) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.ERASURE_OVERDUE, requestId), WAIT)));
        assertThat(overdue.eraseBy()).isEqualTo(eraseBy);
        assertThat(overdue.graceEndedAt()).isEqualTo(eraseBy.plusDays(14).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());

        CLOCK.travelTo(eraseBy.plusMonths(6), Duration.ZERO);
        await().atMost(WAIT).until(() -> firedDeadlines() == 4);
        assertThat(published(EventType.RELEASE_EXPIRED, requestId)).hasSize(1);
        assertThat(published(EventType.ERASURE_DUE, requestId)).hasSize(2);
        assertThat(published(EventType.ERASURE_OVERDUE, requestId)).hasSize(1);
        assertThat(storedEvents(ReleaseExpired.class, releaseId)).isEqualTo(1);
        assertThat(storedEvents(ErasureOverdue.class, releaseId)).isEqualTo(1);
        assertThat(release().at("/erasure").asText()).isEqualTo("OVERDUE");
    }

    @Test
    void aCertificateBeforeTheErasureDateMeansNothingIsDueOrOverdueLater() {
        CLOCK.travelTo(eraseBy.minusDays(20), Duration.ZERO);
        var certified = api.post("/api/releases/" + releaseId + "/erasure-certificates", TestTokens.token(researcher, "researcher"),
                "{\"scope\":\"all copies\",\"method\":\"secure wipe\",\"erased_on\":\"" + eraseBy.minusDays(21)
                        + "\",\"attestation\":\"Every copy is gone.\"}");
        assertThat(certified.status()).as(certified.raw()).isEqualTo(201);
        kafka.await(KafkaProbe.ofType(EventType.ERASURE_CERTIFIED, requestId), WAIT);

        CLOCK.travelTo(eraseBy.plusMonths(3), Duration.ZERO);
        kafka.await(KafkaProbe.ofType(EventType.RELEASE_EXPIRED, requestId), WAIT);

        assertThat(published(EventType.ERASURE_DUE, requestId)).isEmpty();
        assertThat(published(EventType.ERASURE_OVERDUE, requestId)).isEmpty();
        assertThat(storedEvents(ErasureDue.class, releaseId) + storedEvents(ErasureOverdue.class, releaseId)).isZero();
        assertThat(release().at("/erasure").asText()).isEqualTo("CERTIFIED");
    }

    @Test
    void anAccessReportedAfterExpiryFiredIsAViolation() {
        CLOCK.travelTo(eraseBy.plusDays(1), Duration.ZERO);
        kafka.await(KafkaProbe.ofType(EventType.RELEASE_EXPIRED, requestId), WAIT);

        var response = api.post("/api/releases/" + releaseId + "/accesses", TestTokens.token("enclave", "integration"),
                "{\"researcher_id\":\"" + researcher + "\",\"dataset_id\":\"ds-trials\",\"accessed_at\":\""
                        + CLOCK.instant() + "\"}", Map.of("Idempotency-Key", UUID.randomUUID().toString()));

        assertThat(response.json().at("/violations").toString()).isEqualTo("[\"EXPIRED\"]");
        assertThat(storedEvents(ReleaseAccessViolated.class, releaseId)).isEqualTo(1);
    }

    private com.fasterxml.jackson.databind.JsonNode release() {
        return api.get("/api/releases/" + releaseId, TestTokens.token("s", "steward")).json();
    }

    private long firedDeadlines() {
        return jdbc.sql("SELECT count(*) FROM release_deadline WHERE release_id = ? AND fired_at IS NOT NULL")
                .param(releaseId).query(Long.class).single();
    }
}

package org.custodian.release.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.DecisionReEvaluated;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.Reason;
import org.custodian.contracts.releases.ReleaseEraseByShortened;
import org.custodian.contracts.releases.ReleaseFlagged;
import org.custodian.contracts.releases.ReleaseRevoked;
import org.custodian.release.ReleaseServiceIntegration;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A live release after its decision was judged again as released (invariant 10): the same answer leaves
 * it alone, an earlier erase-by date shortens it and says so, a {@code review} flags it for a steward.
 * The decisions are those policy-service emits for a 365-day release whose researcher's IRB approval
 * holds until day 400, re-judged on day 36.
 */
class ReEvaluatedReleaseIT extends ReleaseServiceIntegration {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String STEWARD = TestTokens.token("steward-1", "steward");
    private static final LocalDate DAY_36 = LocalDate.parse("2026-12-28");
    private static final LocalDate RETENTION_200_DAYS = LocalDate.parse("2027-06-10");

    private String requestId;
    private String releaseId;

    @BeforeEach
    void aLiveReleaseOnDay36() {
        requestId = newRequestId();
        releaseId = release(approval(requestId, "r-" + UUID.randomUUID(), ERASE_BY));
        CLOCK.travelTo(DAY_36, Duration.ofHours(10));
    }

    @Test
    void aTermsChangeThatLeavesTheReleaseLawfulLeavesItAsItIs() {
        send(reEvaluated(Outcome.ALLOW, ERASE_BY));

        awaitConsumedDecisions();
        assertThat(published(EventType.RELEASE_REVOKED, requestId)).isEmpty();
        assertThat(published(EventType.RELEASE_ERASE_BY_SHORTENED, requestId)).isEmpty();
        JsonNode release = api.get("/api/releases/" + releaseId, STEWARD).json();
        assertThat(release.at("/state").asText()).isEqualTo("ISSUED");
        assertThat(release.at("/erase_by").asText()).isEqualTo(ERASE_BY.toString());
    }

    @Test
    void aShorterRetentionShortensTheEraseByDateAnnouncesItAndMovesTheDeadlines() {
        String eventId = send(reEvaluated(Outcome.ALLOW, RETENTION_200_DAYS));

        ReleaseEraseByShortened shortened = shortened();
        assertThat(shortened.releaseId()).isEqualTo(releaseId);
        assertThat(shortened.previousEraseBy()).isEqualTo(ERASE_BY);
        assertThat(shortened.eraseBy()).isEqualTo(RETENTION_200_DAYS);
        assertThat(shortened.causeEventId()).isEqualTo(eventId);
        JsonNode release = api.get("/api/releases/" + releaseId, STEWARD).json();
        assertThat(release.at("/state").asText()).isEqualTo("ISSUED");
        assertThat(release.at("/erase_by").asText()).isEqualTo(RETENTION_200_DAYS.toString());
        assertThat(release.at("/obligations/erase_by").asText()).isEqualTo(RETENTION_200_DAYS.toString());
        assertThat(expiryDue()).isEqualTo(RETENTION_200_DAYS.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());

        send(reEvaluated(Outcome.ALLOW, ERASE_BY));
        awaitConsumedDecisions();
        assertThat(api.get("/api/releases/" + releaseId, STEWARD).json().at("/erase_by").asText())
                .as("never moved later again").isEqualTo(RETENTION_200_DAYS.toString());
        assertThat(storedEvents(ReleaseEraseByShortened.class, releaseId)).isEqualTo(1);
    }

    @Test
    void anEraseByDateAlreadyPastMeansEraseToday() {
        send(reEvaluated(Outcome.ALLOW, LocalDate.parse("2026-12-22")));

        ReleaseEraseByShortened shortened = shortened();
        assertThat(shortened.eraseBy()).isEqualTo(DAY_36);
    }

    @Test
    void aReviewOutcomeFlagsTheReleaseForAStewardWithoutRevokingIt() {
        String eventId = send(reEvaluated(Outcome.REVIEW, ERASE_BY));

        ReleaseFlagged flagged = (ReleaseFlagged) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.RELEASE_FLAGGED, requestId), WAIT)));
        assertThat(flagged.causeEventId()).isEqualTo(eventId);
        assertThat(flagged.reason()).contains("decision.re-evaluated review").contains("TRANSFER_REQUIRES_SAFEGUARDS");
        JsonNode release = api.get("/api/releases/" + releaseId, STEWARD).json();
        assertThat(release.at("/state").asText()).isEqualTo("ISSUED");
        assertThat(release.at("/flagged_reason").asText()).contains("review");
        assertThat(storedEvents(ReleaseRevoked.class, releaseId)).isZero();
    }

    private DecisionReEvaluated reEvaluated(Outcome outcome, LocalDate eraseBy) {
        List<Reason> reasons = outcome == Outcome.REVIEW ? List.of(new Reason("jurisdiction", "TRANSFER_REQUIRES_SAFEGUARDS",
                "ds-trials", "Needs safeguards.")) : List.of();
        Obligations obligations = new Obligations(eraseBy, OBLIGATIONS.accessMode(), OBLIGATIONS.publicationReview(),
                OBLIGATIONS.fields(), false, false, null, false);
        return new DecisionReEvaluated("dec-" + UUID.randomUUID(), requestId, Instant.now(), Outcome.ALLOW,
                new Decision(outcome, reasons, obligations, "test"), "org.custodian.dataset.terms-changed.v1",
                "evt-" + UUID.randomUUID());
    }

    private ReleaseEraseByShortened shortened() {
        return (ReleaseEraseByShortened) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.RELEASE_ERASE_BY_SHORTENED, requestId), WAIT)));
    }

    private Instant expiryDue() {
        return jdbc.sql("SELECT due_at FROM release_deadline WHERE release_id = ? AND kind = 'EXPIRY'").param(releaseId)
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    /** The decision topic has no offsets helper here; a later standing proves the ones before were handled. */
    private void awaitConsumedDecisions() {
        String marker = "dec-" + UUID.randomUUID();
        send(new org.custodian.contracts.decisions.DecisionMade(marker, requestId, Instant.now(), decision(Outcome.ALLOW)));
        awaitStanding(requestId, marker);
    }
}

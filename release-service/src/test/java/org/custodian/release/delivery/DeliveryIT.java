package org.custodian.release.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.releases.DeliveryMade;
import org.custodian.release.ReleaseServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Standing arrangements: a release delivered on its schedule, month after month, until it expires or is revoked. */
class DeliveryIT extends ReleaseServiceIntegration {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String STEWARD = TestTokens.token("steward-1", "steward");

    private String requestId;
    private String releaseId;
    private LocalDate eraseBy;

    @BeforeEach
    void aReleaseToBeErasedInFourMonths() {
        requestId = newRequestId();
        eraseBy = CLOCK.today().plusMonths(4).withDayOfMonth(15);
        releaseId = release(approval(requestId, "r-" + UUID.randomUUID(), eraseBy));
    }

    @Test
    void monthlyDeliveriesAreMadeOnTimeEachOnceAndNoneAfterExpiry() {
        HttpApi.Response set = schedule(STEWARD, "{\"monthly_day\":1}");
        assertThat(set.status()).as(set.raw()).isEqualTo(200);
        List<LocalDate> due = firstsOfMonthBefore(eraseBy);
        assertThat(set.json().at("/next_delivery_at").asText()).isEqualTo(startOf(due.get(0)).toString());

        for (int month = 0; month < due.size(); month++) {
            CLOCK.travelTo(due.get(month), Duration.ofHours(1));
            int sequence = month + 1;
            await().atMost(WAIT).until(() -> storedEvents(DeliveryMade.class, releaseId) == sequence);
        }
        CLOCK.travelTo(eraseBy.plusMonths(6), Duration.ZERO);
        kafka.await(KafkaProbe.ofType(EventType.RELEASE_EXPIRED, requestId), WAIT);
        await().atMost(WAIT).until(() -> pendingDelivery() == 0);

        List<DeliveryMade> made = published(EventType.DELIVERY_MADE, requestId).stream()
                .map(record -> (DeliveryMade) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record))).toList();
        assertThat(made).extracting(DeliveryMade::sequence).containsExactly(sequence(due.size()));
        assertThat(made).extracting(DeliveryMade::scheduledFor).containsExactlyElementsOf(due.stream().map(DeliveryIT::startOf).toList());
        assertThat(made).allSatisfy(delivery -> assertThat(delivery.datasets()).containsExactly("ds-trials"));
        assertThat(storedEvents(DeliveryMade.class, releaseId)).isEqualTo(due.size());
    }

    @Test
    void aScheduleMayStartOnAGivenDayStillToCome() {
        LocalDate start = CLOCK.today().plusDays(5);
        HttpApi.Response set = schedule(STEWARD, "{\"every_days\":30,\"starts_on\":\"" + start + "\"}");

        assertThat(set.status()).as(set.raw()).isEqualTo(200);
        assertThat(set.json().at("/next_delivery_at").asText()).isEqualTo(startOf(start).toString());
    }

    @Test
    void noDeliveryIsMadeAfterARevocation() {
        assertThat(schedule(STEWARD, "{\"every_days\":10}").status()).isEqualTo(200);
        CLOCK.advance(Duration.ofDays(10).plusHours(1));
        await().atMost(WAIT).until(() -> storedEvents(DeliveryMade.class, releaseId) == 1);

        assertThat(api.post("/api/releases/" + releaseId + "/revoke", STEWARD, "{\"reason\":\"Arrangement ended.\"}").status())
                .isEqualTo(200);
        await().atMost(WAIT).until(() -> pendingDelivery() == 0);
        CLOCK.advance(Duration.ofDays(40));

        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> storedEvents(DeliveryMade.class, releaseId) == 1);
        assertThat(published(EventType.DELIVERY_MADE, requestId)).hasSize(1);
        assertProblem(schedule(STEWARD, "{\"every_days\":10}"), 409, "RELEASE_NOT_LIVE");
    }

    @Test
    void badSchedulesAreRefusedAndChangeNothing() {
        assertProblem(schedule(null, "{\"every_days\":30}"), 401, "UNAUTHENTICATED");
        assertProblem(schedule(TestTokens.token("r-1", "researcher"), "{\"every_days\":30}"), 404, "UNKNOWN_RELEASE");
        assertProblem(schedule(TestTokens.token("enclave", "integration"), "{\"every_days\":30}"), 403, "ROLE_REQUIRED");
        assertProblem(schedule(STEWARD, "{\"every_days\":30,\"starts_on\":\"" + CLOCK.today() + "\"}"), 422, "SCHEDULE_IN_PAST");
        assertProblem(schedule(STEWARD, "{\"every_days\":30,\"starts_on\":\"2020-01-01\"}"), 422, "SCHEDULE_IN_PAST");
        assertProblem(schedule(STEWARD, "{\"every_days\":"), 400, "MALFORMED_BODY");
        assertProblem(schedule(STEWARD, "{}"), 400, "INVALID_FIELDS");
        assertProblem(schedule(STEWARD, "{\"every_days\":30,\"monthly_day\":1}"), 400, "INVALID_FIELDS");
        assertProblem(schedule(STEWARD, "{\"every_days\":0}"), 400, "INVALID_FIELDS");
        assertProblem(schedule(STEWARD, "{\"monthly_day\":31}"), 400, "INVALID_FIELDS");
        assertProblem(schedule(STEWARD, "{\"every_days\":30,\"pad\":\"" + "x".repeat(70_000) + "\"}"), 413, "BODY_TOO_LARGE");
        assertProblem(schedule(STEWARD, "{\"every_days\":300}"), 409, "NO_DELIVERY_BEFORE_EXPIRY");
        assertProblem(api.put("/api/releases/rel-00000000-0000-0000-0000-000000000000/schedule", STEWARD, "{\"every_days\":30}"),
                404, "UNKNOWN_RELEASE");
        assertThat(pendingDelivery()).isZero();
        assertThat(storedEventsOf(releaseId)).as("only the issuance").isEqualTo(1);

        // replayed: the same schedule twice names the same next delivery and keeps one deadline
        HttpApi.Response first = schedule(STEWARD, "{\"every_days\":30}");
        HttpApi.Response again = schedule(STEWARD, "{\"every_days\":30}");
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        assertThat(again.json().at("/next_delivery_at").asText()).isEqualTo(first.json().at("/next_delivery_at").asText());
        assertThat(pendingDelivery()).isEqualTo(1);
    }

    private long pendingDelivery() {
        return jdbc.sql("SELECT count(*) FROM release_deadline WHERE release_id = ? AND kind = 'DELIVERY' AND fired_at IS NULL"
                + " AND cancelled_at IS NULL").param(releaseId).query(Long.class).single();
    }

    private HttpApi.Response schedule(String token, String body) {
        return api.put("/api/releases/" + releaseId + "/schedule", token, body);
    }

    private List<LocalDate> firstsOfMonthBefore(LocalDate end) {
        LocalDate first = CLOCK.today().withDayOfMonth(1).plusMonths(1);
        return first.datesUntil(end, java.time.Period.ofMonths(1)).toList();
    }

    private static Integer[] sequence(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).boxed().toArray(Integer[]::new);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo(code);
    }
}

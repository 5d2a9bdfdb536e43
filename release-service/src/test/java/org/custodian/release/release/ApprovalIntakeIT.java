package org.custodian.release.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.releases.ReleaseIssued;
import org.custodian.contracts.releases.ReleaseRefused;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.RequestChangesRequested;
import org.custodian.contracts.requests.ReviewAssigned;
import org.custodian.contracts.requests.ReviewStewardDecided;
import org.custodian.contracts.requests.ReviewVote;
import org.custodian.contracts.requests.ReviewVoteCast;
import org.custodian.release.ReleaseServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Approvals arrive as request-service publishes them; releases leave as the audit log and others read them. */
class ApprovalIntakeIT extends ReleaseServiceIntegration {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> PANEL = List.of("rev-1", "rev-2", "rev-3");

    @Test
    void anApprovalIsReleasedAndPublishedWithTheEraseByDateOfItsObligations() {
        String requestId = newRequestId();
        String researcher = "r-" + UUID.randomUUID();
        publish(approval(requestId, researcher, Outcome.ALLOW));

        ConsumerRecord<byte[], byte[]> record = kafka.await(KafkaProbe.ofType(EventType.RELEASE_ISSUED, requestId), WAIT);

        ReleaseIssued issued = (ReleaseIssued) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record));
        assertThat(issued.releaseId()).isEqualTo(ReleaseId.forRequest(requestId).value());
        assertThat(issued.eraseBy()).isEqualTo(ERASE_BY);
        assertThat(issued.obligations()).isEqualTo(OBLIGATIONS);
        assertThat(issued.researcherId()).isEqualTo(researcher);
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(requestId);
        assertThat(KafkaProbe.header(record, "ce_actor")).isEqualTo("release-service");

        HttpApi.Response shown = api.get("/api/releases/" + issued.releaseId(), TestTokens.token(researcher, "researcher"));
        assertThat(shown.status()).as(shown.raw()).isEqualTo(200);
        assertThat(shown.json().at("/request_id").asText()).isEqualTo(requestId);
        assertThat(shown.json().at("/erase_by").asText()).isEqualTo("2027-11-22");
        assertThat(shown.json().at("/obligations/access_mode").asText()).isEqualTo("secure_enclave");
        assertThat(shown.json().at("/state").asText()).isEqualTo("ISSUED");
    }

    @Test
    void aRedeliveredApprovalIsReleasedOnce() {
        String requestId = newRequestId();
        RequestApproved approval = approval(requestId, "r-1", Outcome.ALLOW);
        String eventId = publish(approval);
        publish(approval, eventId);

        kafka.await(KafkaProbe.ofType(EventType.RELEASE_ISSUED, requestId), WAIT);
        awaitConsumed();

        assertOneRelease(requestId);
    }

    @Test
    void aSecondApprovalOfTheSameRequestDoesNotReleaseAgainAndIsRefused() {
        String requestId = newRequestId();
        release(approval(requestId, "r-1", Outcome.ALLOW));
        String second = publish(approval(requestId, "r-1", Outcome.ALLOW));

        assertRefused(requestId, second, "ALREADY_ISSUED");
        assertOneRelease(requestId);
    }

    @Test
    void anApprovalRestingOnADenyDecisionReleasesNothingAndIsRefused() {
        String requestId = newRequestId();
        String eventId = publish(approval(requestId, "r-1", Outcome.DENY));

        assertRefused(requestId, eventId, "DECISION_DENIED");
        assertNoRelease(requestId);
    }

    @Test
    void everyForbiddenApprovalIsRefusedDeadLetteredAndRecordedOnce() {
        // forged: names a decision that is not the request's latest
        String forged = newRequestId();
        decide(forged, "dec-real-" + UUID.randomUUID(), Outcome.ALLOW);
        String forgedId = publish(approval(forged, "r-1", Outcome.ALLOW), UUID.randomUUID().toString());

        // after a deny: names the latest decision, but claims it allowed
        String afterDeny = newRequestId();
        String denied = "dec-" + UUID.randomUUID();
        decide(afterDeny, "dec-" + UUID.randomUUID(), Outcome.ALLOW);
        decide(afterDeny, denied, Outcome.DENY);
        RequestApproved claimsAllow = new RequestApproved(afterDeny, "r-1", List.of("ds-trials"), denied, Outcome.ALLOW,
                OBLIGATIONS);
        String afterDenyId = publish(claimsAllow, UUID.randomUUID().toString());

        // quorum required and not met: two approvals needed; the first review had them, but the request
        // went to review again (after changes were requested, a new decision) and the new review has one
        String underQuorum = newRequestId();
        String firstReviewed = "dec-" + UUID.randomUUID();
        decide(underQuorum, firstReviewed, Outcome.REVIEW);
        List<String> panel = List.of("rev-1", "rev-2", "rev-3");
        send(new ReviewAssigned(underQuorum, firstReviewed, List.of("ds-trials"), panel, 2, false, "r-1"));
        send(new ReviewVoteCast(underQuorum, "rev-1", ReviewVote.APPROVE, "fine"));
        send(new ReviewVoteCast(underQuorum, "rev-2", ReviewVote.APPROVE, "fine"));
        String reviewed = "dec-" + UUID.randomUUID();
        decide(underQuorum, reviewed, Outcome.REVIEW);
        send(new ReviewAssigned(underQuorum, reviewed, List.of("ds-trials"), panel, 2, false, "r-1"));
        send(new ReviewVoteCast(underQuorum, "rev-1", ReviewVote.APPROVE, "still fine"));
        String underQuorumId = publish(new RequestApproved(underQuorum, "r-1", List.of("ds-trials"), reviewed,
                Outcome.REVIEW, OBLIGATIONS), UUID.randomUUID().toString());

        // no decision was ever made: refused once the retries give up
        String undecided = newRequestId();
        String undecidedId = publish(approval(undecided, "r-1", Outcome.ALLOW), UUID.randomUUID().toString());

        assertRefused(forged, forgedId, "DECISION_MISMATCH");
        assertRefused(afterDeny, afterDenyId, "DECISION_DENIED");
        assertRefused(underQuorum, underQuorumId, "QUORUM_NOT_MET");
        assertRefused(undecided, undecidedId, "DECISION_UNKNOWN");

        // replayed: the same refused approval again is neither released nor refused a second time
        publish(claimsAllow, afterDenyId);
        awaitConsumed();
        List<ConsumerRecord<byte[], byte[]>> seen = kafka.drain(Duration.ofSeconds(3));
        assertThat(seen.stream().filter(KafkaProbe.ofType(EventType.RELEASE_REFUSED, afterDeny))).hasSize(1);
        assertThat(seen.stream().filter(record -> isDeadLetterKeyed(record, afterDeny))).hasSize(1);
        assertThat(storedRefusals(afterDeny)).isEqualTo(1);
        for (String requestId : List.of(forged, afterDeny, underQuorum, undecided)) {
            assertNoRelease(requestId);
        }
    }

    @Test
    void anApprovalWhoseReviewMetItsQuorumIsReleased() {
        String requestId = newRequestId();
        String reviewed = "dec-" + UUID.randomUUID();
        decide(requestId, reviewed, Outcome.REVIEW);
        send(new ReviewAssigned(requestId, reviewed, List.of("ds-trials"), List.of("rev-1", "rev-2"), 2, false, "r-1"));
        send(new ReviewVoteCast(requestId, "rev-1", ReviewVote.APPROVE, "fine"));
        send(new ReviewVoteCast(requestId, "rev-2", ReviewVote.APPROVE, "fine"));
        publish(new RequestApproved(requestId, "r-1", List.of("ds-trials"), reviewed, Outcome.REVIEW, OBLIGATIONS),
                UUID.randomUUID().toString());

        kafka.await(KafkaProbe.ofType(EventType.RELEASE_ISSUED, requestId), WAIT);
        assertOneRelease(requestId);
    }

    @Test
    void aVersionResubmittedAfterChangesAndApprovedByItsOwnReviewIsReleasedOnce() {
        String requestId = newRequestId();
        sentBackForChanges(requestId);
        String second = "dec-" + UUID.randomUUID();
        decide(requestId, second, Outcome.REVIEW);
        send(new ReviewAssigned(requestId, second, List.of("ds-trials"), PANEL, 2, false, "r-1"));
        send(new ReviewVoteCast(requestId, "rev-1", ReviewVote.APPROVE, "amended, fine"));
        send(new ReviewVoteCast(requestId, "rev-3", ReviewVote.APPROVE, "fine"));
        publish(new RequestApproved(requestId, "r-1", List.of("ds-trials"), second, Outcome.REVIEW, OBLIGATIONS),
                UUID.randomUUID().toString());

        ReleaseIssued issued = (ReleaseIssued) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.RELEASE_ISSUED, requestId), WAIT)));
        assertThat(issued.requestId()).isEqualTo(requestId);
        assertOneRelease(requestId);
        assertThat(kafka.drain(Duration.ofSeconds(1)).stream()
                .filter(KafkaProbe.ofType(EventType.RELEASE_REFUSED, requestId))).isEmpty();
    }

    @Test
    void aVersionResubmittedAfterChangesThatNeedsNoReviewIsNotHeldToTheFirstVersionsQuorum() {
        String requestId = newRequestId();
        sentBackForChanges(requestId);
        publish(approval(requestId, "r-1", Outcome.ALLOW));

        kafka.await(KafkaProbe.ofType(EventType.RELEASE_ISSUED, requestId), WAIT);
        assertOneRelease(requestId);
    }

    @Test
    void aVersionResubmittedAfterChangesThatAsksForAReviewIsNotApprovedByTheFirstVersionsVotes() {
        String requestId = newRequestId();
        String first = "dec-" + UUID.randomUUID();
        decide(requestId, first, Outcome.REVIEW);
        send(new ReviewAssigned(requestId, first, List.of("ds-trials"), PANEL, 1, false, "r-1"));
        send(new ReviewVoteCast(requestId, "rev-1", ReviewVote.APPROVE, "fine"));
        String second = "dec-" + UUID.randomUUID();
        decide(requestId, second, Outcome.REVIEW);
        String approvalId = publish(new RequestApproved(requestId, "r-1", List.of("ds-trials"), second, Outcome.REVIEW,
                OBLIGATIONS), UUID.randomUUID().toString());

        assertRefused(requestId, approvalId, "QUORUM_NOT_MET");
        assertNoRelease(requestId);
    }

    @Test
    void aStalledReviewApprovedByAStewardIsReleased() {
        String requestId = newRequestId();
        publish(stewardDecided(requestId, ReviewVote.APPROVE), UUID.randomUUID().toString());

        kafka.await(KafkaProbe.ofType(EventType.RELEASE_ISSUED, requestId), WAIT);
        assertOneRelease(requestId);
    }

    @Test
    void aStewardsRejectionStandsForNoQuorum() {
        String requestId = newRequestId();
        String approvalId = publish(stewardDecided(requestId, ReviewVote.REJECT), UUID.randomUUID().toString());

        assertRefused(requestId, approvalId, "QUORUM_NOT_MET");
        assertNoRelease(requestId);
    }

    // A review nobody could vote on, decided by a steward; the approval an approving one would lead to.
    private RequestApproved stewardDecided(String requestId, ReviewVote decision) {
        String reviewed = "dec-" + UUID.randomUUID();
        decide(requestId, reviewed, Outcome.REVIEW);
        send(new ReviewAssigned(requestId, reviewed, List.of("ds-trials"), List.of(), 2, false, "r-1"));
        send(new ReviewStewardDecided(requestId, reviewed, decision, "no committee; decided by hand"));
        return new RequestApproved(requestId, "r-1", List.of("ds-trials"), reviewed, Outcome.REVIEW, OBLIGATIONS);
    }

    @Test
    void aReassignedPanelKeepsTheApprovalsOfReviewersWhoStay() {
        String requestId = newRequestId();
        String reviewed = "dec-" + UUID.randomUUID();
        decide(requestId, reviewed, Outcome.REVIEW);
        send(new ReviewAssigned(requestId, reviewed, List.of("ds-trials"), List.of("rev-1", "rev-2"), 2, false, "r-1"));
        send(new ReviewVoteCast(requestId, "rev-1", ReviewVote.APPROVE, "fine"));
        send(new ReviewVoteCast(requestId, "rev-2", ReviewVote.APPROVE, "fine"));
        send(new ReviewAssigned(requestId, reviewed, List.of("ds-trials"), List.of("rev-1", "rev-3"), 2, false, "r-1"));
        send(new ReviewVoteCast(requestId, "rev-3", ReviewVote.APPROVE, "fine too"));
        publish(new RequestApproved(requestId, "r-1", List.of("ds-trials"), reviewed, Outcome.REVIEW, OBLIGATIONS),
                UUID.randomUUID().toString());

        kafka.await(KafkaProbe.ofType(EventType.RELEASE_ISSUED, requestId), WAIT);
        assertOneRelease(requestId);
    }

    // The first version went to a review of two approvals; one approved, one asked for changes.
    private void sentBackForChanges(String requestId) {
        String first = "dec-" + UUID.randomUUID();
        decide(requestId, first, Outcome.REVIEW);
        send(new ReviewAssigned(requestId, first, List.of("ds-trials"), PANEL, 2, false, "r-1"));
        send(new ReviewVoteCast(requestId, "rev-2", ReviewVote.APPROVE, "fine"));
        send(new ReviewVoteCast(requestId, "rev-1", ReviewVote.REQUEST_CHANGES, "narrow the cohort"));
        send(new RequestChangesRequested(requestId, first, "narrow the cohort"));
    }

    @Test
    void anApprovalWithoutAnEraseByDateBreaksTheContractAndIsDeadLettered() {
        String requestId = newRequestId();
        ObjectNode data = ContractJson.mapper().valueToTree(approval(requestId, "r-1", Outcome.ALLOW));
        ((ObjectNode) data.get("obligations")).remove("erase_by");
        CloudEvent broken = CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                .withSource(URI.create("/request-service")).withType(EventType.REQUEST_APPROVED.cloudEventType())
                .withSubject(requestId).withTime(OffsetDateTime.now()).withDataContentType(GovernanceCloudEvents.JSON)
                .withExtension(GovernanceCloudEvents.ACTOR_EXTENSION, "request-service")
                .withData(data.toString().getBytes(StandardCharsets.UTF_8)).build();

        kafka.send(Topic.REQUESTS.topicName(), requestId, broken);

        ConsumerRecord<byte[], byte[]> dead = kafka.await(record -> isDeadLetterKeyed(record, requestId), WAIT);
        assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("erase_by");
        assertThat(releasesOfRequest(requestId)).isZero();
        assertThat(storedEventsOf(ReleaseId.forRequest(requestId).value())).isZero();
    }

    @Test
    void aRecordThatIsNotACloudEventGoesToTheDeadLetterTopic() {
        String key = "junk-" + UUID.randomUUID();
        kafka.sendRaw(Topic.REQUESTS.topicName(), key, "{\"not\": \"a cloud event\"}".getBytes(StandardCharsets.UTF_8),
                Map.of());

        ConsumerRecord<byte[], byte[]> dead = kafka.await(record -> isDeadLetterKeyed(record, key), WAIT);

        assertThat(KafkaProbe.header(dead, "x-exception-message")).isNotBlank();
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).contains("a cloud event");
    }

    private void assertOneRelease(String requestId) {
        String releaseId = ReleaseId.forRequest(requestId).value();
        await().atMost(WAIT).until(() -> releasesOfRequest(requestId) == 1);
        assertThat(storedEventsOf(releaseId)).isEqualTo(1);
        assertThat(kafka.drain(Duration.ofSeconds(2)).stream()
                .filter(KafkaProbe.ofType(EventType.RELEASE_ISSUED, requestId))).hasSize(1);
    }

    private void assertRefused(String requestId, String approvalEventId, String code) {
        ReleaseRefused refused = (ReleaseRefused) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.RELEASE_REFUSED, requestId), WAIT)));
        assertThat(refused.code()).isEqualTo(code);
        assertThat(refused.approvalEventId()).isEqualTo(approvalEventId);
        assertThat(refused.detail()).isNotBlank();
        ConsumerRecord<byte[], byte[]> dead = kafka.await(record -> isDeadLetterKeyed(record, requestId), WAIT);
        assertThat(KafkaProbe.header(dead, "x-refusal-code")).isEqualTo(code);
        assertThat(KafkaProbe.header(dead, "x-exception-message")).contains(code);
    }

    private long storedRefusals(String requestId) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE payloadtype = ? AND convert_from(payload, 'UTF8') LIKE ?")
                .params(ReleaseRefused.class.getName(), "%" + requestId + "%").query(Long.class).single();
    }

    private void assertNoRelease(String requestId) {
        assertThat(releasesOfRequest(requestId)).isZero();
        assertThat(storedEventsOf(ReleaseId.forRequest(requestId).value())).isZero();
        assertThat(kafka.drain(Duration.ofSeconds(1)).stream()
                .filter(KafkaProbe.ofType(EventType.RELEASE_ISSUED, requestId))).isEmpty();
    }

    private List<ConsumerRecord<byte[], byte[]>> deadLettersKeyed(String key) {
        return kafka.drain(Duration.ofSeconds(1)).stream().filter(record -> isDeadLetterKeyed(record, key)).toList();
    }

    private static boolean isDeadLetterKeyed(ConsumerRecord<byte[], byte[]> record, String key) {
        return record.topic().equals(DEAD_LETTERS) && record.key() != null
                && key.equals(new String(record.key(), StandardCharsets.UTF_8));
    }
}

package org.custodian.request.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.Reason;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.RequestChangesRequested;
import org.custodian.contracts.requests.RequestRejected;
import org.custodian.contracts.requests.ReviewAssigned;
import org.custodian.contracts.requests.ReviewConflictDeclared;
import org.custodian.contracts.requests.ReviewStalled;
import org.custodian.contracts.requests.ReviewVote;
import org.custodian.contracts.requests.ReviewVoteCast;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Committee review over the real broker and database: decision in on Kafka, votes over HTTP, outcome out on Kafka. */
class ReviewIT extends ReviewIntegration {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aBlindedReviewApprovedByTwoReviewersIsApprovedOnKafka() {
        String requester = person(REQUESTER_INSTITUTION);
        String colleague = person(REQUESTER_INSTITUTION);
        String first = unique("rev");
        String second = unique("rev");
        String dataset = datasetReviewedBy(List.of(first, colleague, second, requester), true);
        String id = submit(requester, dataset);

        decide(id, REVIEW);

        ConsumerRecord<byte[], byte[]> assignedRecord = kafka.await(KafkaProbe.ofType(EventType.REVIEW_ASSIGNED, id), WAIT);
        ReviewAssigned assigned = event(assignedRecord, ReviewAssigned.class);
        assertThat(assigned.reviewers()).containsExactly(first, second);
        assertThat(assigned.blinded()).isTrue();
        assertThat(assigned.researcherId()).isNull();
        assertThat(new String(assignedRecord.value())).doesNotContain(requester);

        HttpApi.Response pending = vote(id, first, "approve", "Sound design.");
        assertThat(pending.status()).as(pending.raw()).isEqualTo(201);
        assertThat(pending.json().at("/verdict").asText()).isEqualTo("PENDING");
        assertBlind(pending, requester);
        HttpApi.Response approvedNow = vote(id, second, "approve", "Agreed.");
        assertThat(approvedNow.json().at("/verdict").asText()).isEqualTo("APPROVED");
        assertBlind(approvedNow, requester);

        RequestApproved approval = event(kafka.await(KafkaProbe.ofType(EventType.REQUEST_APPROVED, id), WAIT), RequestApproved.class);
        assertThat(approval.decisionOutcome()).isEqualTo(Outcome.REVIEW);
        assertThat(approval.obligations()).isEqualTo(OBLIGATIONS);
        assertThat(approval.researcherId()).isEqualTo(requester);
        assertThat(kafka.drain(Duration.ofMillis(500)).stream().filter(KafkaProbe.ofType(EventType.REVIEW_VOTE_CAST, id))
                .map(record -> event(record, ReviewVoteCast.class)))
                .extracting(ReviewVoteCast::reviewerId, ReviewVoteCast::vote)
                .containsExactly(tuple(first, ReviewVote.APPROVE),
                        tuple(second, ReviewVote.APPROVE));

        HttpApi.Response asReviewer = api.get("/api/requests/" + id, TestTokens.token(first, "reviewer"));
        assertThat(asReviewer.json().at("/state").asText()).isEqualTo("APPROVED");
        assertThat(asReviewer.json().at("/review/status").asText()).isEqualTo("CLOSED");
        assertThat(asReviewer.json().at("/researcher_id").textValue()).isNull();
        assertBlind(asReviewer, requester);
        HttpApi.Response asRequester = api.get("/api/requests/" + id, TestTokens.token(requester, "researcher"));
        assertThat(asRequester.json().at("/researcher_id").asText()).isEqualTo(requester);
        assertThat(asRequester.json().findValuesAsText("event")).containsExactly("request.submitted",
                "request.version-submitted", "decision.received", "review.assigned", "review.vote-cast", "review.vote-cast", "request.approved");
    }

    @Test
    void oneRejectionRejectsTheRequestAndEndsTheReview() {
        String requester = person(REQUESTER_INSTITUTION);
        String first = unique("rev");
        String second = unique("rev");
        String id = underReview(requester, datasetReviewedBy(List.of(first, second), false));

        HttpApi.Response rejected = vote(id, first, "reject", "Re-identification risk.");

        assertThat(rejected.json().at("/verdict").asText()).as(rejected.raw()).isEqualTo("REJECTED");
        RequestRejected rejection = event(kafka.await(KafkaProbe.ofType(EventType.REQUEST_REJECTED, id), WAIT), RequestRejected.class);
        assertThat(rejection.reasons()).extracting(Reason::code).containsExactly("REVIEW_REJECTED");
        assertThat(rejection.reasons()).extracting(Reason::message).containsExactly("Re-identification risk.");
        HttpApi.Response late = vote(id, second, "approve", "Fine by me.");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().at("/code").asText()).isEqualTo("REVIEW_NOT_OPEN");
    }

    @Test
    void askingForChangesSendsTheRequestBackToTheResearcher() {
        String requester = person(REQUESTER_INSTITUTION);
        String first = unique("rev");
        String id = underReview(requester, datasetReviewedBy(List.of(first, unique("rev")), true));

        assertThat(vote(id, first, "request_changes", "Drop the region field.").status()).isEqualTo(201);

        RequestChangesRequested changes = event(kafka.await(
                KafkaProbe.ofType(EventType.REQUEST_CHANGES_REQUESTED, id), WAIT), RequestChangesRequested.class);
        assertThat(changes.reason()).isEqualTo("Drop the region field.");
        HttpApi.Response asRequester = api.get("/api/requests/" + id, TestTokens.token(requester, "researcher"));
        assertThat(asRequester.json().at("/state").asText()).isEqualTo("CHANGES_REQUESTED");
    }

    @Test
    void aDeclaredConflictIsPublishedRecusesTheReviewerAndStallsAnUnreachableQuorum() {
        String requester = person(REQUESTER_INSTITUTION);
        String first = unique("rev");
        String second = unique("rev");
        String id = underReview(requester, datasetReviewedBy(List.of(first, second), true));

        HttpApi.Response declared = declareConflict(id, first, "I co-author with this group.");

        assertThat(declared.status()).as(declared.raw()).isEqualTo(201);
        assertThat(declared.json().at("/recused").asBoolean()).isTrue();
        assertBlind(declared, requester);
        ReviewConflictDeclared conflict = event(kafka.await(
                KafkaProbe.ofType(EventType.REVIEW_CONFLICT_DECLARED, id), WAIT), ReviewConflictDeclared.class);
        assertThat(conflict.reviewerId()).isEqualTo(first);
        HttpApi.Response asSteward = api.get("/api/requests/" + id, STEWARD);
        assertThat(asSteward.json().at("/review/status").asText()).isEqualTo("STALLED");
        assertThat(asSteward.json().at("/review/stalled_reason").asText()).isEqualTo("QUORUM_UNREACHABLE");
        assertThat(asSteward.json().at("/review/recused/0").asText()).isEqualTo(first);
        ConsumerRecord<byte[], byte[]> stalled = kafka.await(KafkaProbe.ofType(EventType.REVIEW_STALLED, id), WAIT);
        assertThat(KafkaProbe.header(stalled, "ce_actor")).as("the reviewer whose recusal stalled it").isEqualTo(first);
        assertThat(event(stalled, ReviewStalled.class).code()).isEqualTo("QUORUM_UNREACHABLE");
        HttpApi.Response asOtherReviewer = api.get("/api/requests/" + id, TestTokens.token(second, "reviewer"));
        assertThat(asOtherReviewer.raw()).doesNotContain("I co-author with this group.");
        assertBlind(asOtherReviewer, requester);
    }

    @Test
    void withNoEligibleReviewerTheStewardSeesTheReviewStalled() {
        String requester = person(REQUESTER_INSTITUTION);
        String colleague = person(REQUESTER_INSTITUTION);
        String id = submit(requester, datasetReviewedBy(List.of(requester, colleague), true));

        decide(id, REVIEW);

        ReviewAssigned assigned = event(kafka.await(KafkaProbe.ofType(EventType.REVIEW_ASSIGNED, id), WAIT), ReviewAssigned.class);
        assertThat(assigned.reviewers()).isEmpty();
        HttpApi.Response asSteward = api.get("/api/requests/" + id, STEWARD);
        assertThat(asSteward.json().at("/state").asText()).isEqualTo("AWAITING_REVIEW");
        assertThat(asSteward.json().at("/review/status").asText()).isEqualTo("STALLED");
        assertThat(asSteward.json().at("/review/stalled_reason").asText()).isEqualTo("NO_ELIGIBLE_REVIEWERS");
        assertThat(asSteward.json().findValuesAsText("event")).contains("review.stalled");
        ConsumerRecord<byte[], byte[]> stalled = kafka.await(KafkaProbe.ofType(EventType.REVIEW_STALLED, id), WAIT);
        assertThat(KafkaProbe.header(stalled, "ce_actor")).as("the decision that opened the review").isEqualTo("policy-service");
        assertThat(event(stalled, ReviewStalled.class).code()).isEqualTo("NO_ELIGIBLE_REVIEWERS");
    }

    @Test
    void anAllowDecisionOnADatasetWhoseTermsRequireACommitteeGoesToReview() {
        String requester = person(REQUESTER_INSTITUTION);
        String first = unique("rev");
        String dataset = unique("ds-rev");
        registerDataset(dataset, List.of("DUO:0000006"), "committee");
        api.put("/api/datasets/" + dataset + "/committee", STEWARD,
                HttpApi.json(Map.of("reviewers", List.of(first, unique("rev")))));
        String id = submit(requester, dataset);

        decide(id, new Decision(Outcome.ALLOW, List.of(), OBLIGATIONS, "sha256:test"));

        ReviewAssigned assigned = event(kafka.await(KafkaProbe.ofType(EventType.REVIEW_ASSIGNED, id), WAIT), ReviewAssigned.class);
        assertThat(assigned.approvalsRequired()).isEqualTo(2);
        assertThat(assigned.blinded()).isFalse();
        assertThat(assigned.researcherId()).isEqualTo(requester);
        assertThat(api.get("/api/requests/" + id, STEWARD).json().at("/state").asText()).isEqualTo("AWAITING_REVIEW");
    }

    @Test
    void aReviewerSeesTheRequesterOnlyWhenTheReviewIsNotBlinded() {
        String requester = person(REQUESTER_INSTITUTION);
        String reviewer = unique("rev");
        String blindedRequest = submit(requester, datasetReviewedBy(List.of(reviewer, unique("rev")), true));
        String openRequest = submit(requester, datasetReviewedBy(List.of(reviewer, unique("rev")), false));

        HttpApi.Response blinded = api.get("/api/requests/" + blindedRequest, TestTokens.token(reviewer, "reviewer"));
        HttpApi.Response open = api.get("/api/requests/" + openRequest, TestTokens.token(reviewer, "reviewer"));

        assertThat(blinded.status()).isEqualTo(200);
        assertBlind(blinded, requester);
        assertThat(blinded.json().at("/timeline/0/data/purpose/statement").asText()).isNotBlank();
        assertThat(open.json().at("/researcher_id").asText()).isEqualTo(requester);
    }

    private static <T extends GovernanceEvent> T event(ConsumerRecord<byte[], byte[]> record, Class<T> type) {
        return type.cast(GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record)));
    }
}

package org.custodian.request.chatops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.Topic;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.ReviewAssigned;
import org.custodian.contracts.requests.ReviewVote;
import org.custodian.contracts.requests.ReviewVoteCast;
import org.custodian.request.chatops.ChatOpsIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.junit.jupiter.api.Test;

/**
 * The committee path from Slack over the real broker and database: review.assigned posts a Block Kit
 * message to a loopback Slack, two signed clicks approve, request.approved goes out on Kafka and the
 * message is updated. Refusals and repeats record nothing.
 */
class SlackReviewIT extends ChatOpsIntegration {

    @Test
    void aBlindedReviewIsPostedApprovedByTwoSignedClicksAndTheMessageUpdated() {
        String requester = person(REQUESTER_INSTITUTION);
        String first = unique("rev");
        String second = unique("rev");
        String firstSlack = linkToSlack(first);
        String secondSlack = linkToSlack(second);
        String id = submit(requester, datasetReviewedBy(List.of(first, second), true));

        decide(id, REVIEW);

        kafka.await(KafkaProbe.ofType(EventType.REVIEW_ASSIGNED, id), WAIT);
        SlackStandIn.Call posted = awaitCall("chat.postMessage", "\"value\":\"" + id + "\"");
        assertThat(posted.headers().get("Authorization")).containsExactly("Bearer " + SlackStandIn.BOT_TOKEN);
        JsonNode message = posted.json();
        assertThat(message.path("channel").asText()).isEqualTo(SlackStandIn.REVIEW_CHANNEL);
        assertThat(message.findValuesAsText("action_id"))
                .containsExactly("request.approve", "request.reject", "request.request_changes");
        assertThat(posted.body()).contains("Does drug X reduce HbA1c in type 2 diabetes?", "COMMITTEE_REVIEW_REQUIRED", "erase by 2027-11-22",
                "hidden (blinded review)", "(blinded) is not yet an approved institution");
        assertBlind(posted.body(), requester);

        String firstUrl = slack.responseUrl();
        HttpApi.Response ack = click(firstSlack, "request.approve", id, firstUrl);
        assertThat(ack.status()).as(ack.raw()).isEqualTo(200);
        assertThat(ack.json().at("/response_type").asText()).isEqualTo("ephemeral");
        assertThat(awaitFollowUp(firstUrl)).contains("is recorded", "now pending");
        String secondUrl = slack.responseUrl();
        assertThat(click(secondSlack, "request.approve", id, secondUrl).status()).isEqualTo(200);
        assertThat(awaitFollowUp(secondUrl)).contains("is recorded", "now approved");

        RequestApproved approved = event(kafka.await(KafkaProbe.ofType(EventType.REQUEST_APPROVED, id), WAIT),
                RequestApproved.class);
        assertThat(approved.decisionOutcome()).isEqualTo(Outcome.REVIEW);
        assertThat(votesOn(id)).extracting(ReviewVoteCast::reviewerId).containsExactly(first, second);
        SlackStandIn.Call updated = awaitCall("chat.update", id);
        Map<String, Object> stored = jdbc.sql("SELECT channel, ts FROM chat_review WHERE subject_id = ?").param(id)
                .query().singleRow();
        assertThat(updated.json().path("channel").asText()).isEqualTo(stored.get("channel")).isEqualTo(SlackStandIn.REVIEW_CHANNEL);
        assertThat(updated.json().path("ts").asText()).isEqualTo(stored.get("ts"));
        assertThat(updated.json().findValuesAsText("action_id")).isEmpty();
        assertThat(updated.body()).contains("approved", "2 of 2 approvals");
        slack.calls().stream().filter(call -> call.about(id)).forEach(call -> assertBlind(call.body(), requester));
    }

    @Test
    void theRequesterSomeoneOffThePanelAndAnUnlinkedUserAreRefusedInChatAndNothingIsRecorded() {
        String requester = person(REQUESTER_INSTITUTION);
        String outsider = unique("rev");
        String id = reviewedInSlack(requester, datasetReviewedBy(List.of(unique("rev"), unique("rev"), requester), false));
        String requesterSlack = linkToSlack(requester);
        String outsiderSlack = linkToSlack(outsider);

        String own = slack.responseUrl();
        String offPanel = slack.responseUrl();
        String unknown = slack.responseUrl();
        assertThat(click(requesterSlack, "request.approve", id, own).status()).isEqualTo(200);
        assertThat(click(outsiderSlack, "request.reject", id, offPanel).status()).isEqualTo(200);
        assertThat(command("U0NOBODY00", "approve " + id + " looks fine", unknown).status()).isEqualTo(200);

        assertThat(awaitFollowUp(own)).contains("OWN_REQUEST", "your own request");
        assertThat(awaitFollowUp(offPanel)).contains("NOT_ON_PANEL");
        assertThat(awaitFollowUp(unknown)).contains("not linked", "Nothing was recorded");
        assertThat(votesOn(id)).isEmpty();
        JsonNode asSteward = api.get("/api/requests/" + id, STEWARD).json();
        assertThat(asSteward.at("/state").asText()).isEqualTo("AWAITING_REVIEW");
        assertThat(asSteward.at("/review/approvals").asLong()).isZero();
    }

    @Test
    void aRequesterRegisteredWithTheirSlackUserIsKnownInChatAndRefusedOnTheirOwnRequest() {
        String requesterSlack = newSlackUser();
        String requester = person(REQUESTER_INSTITUTION, requesterSlack);
        String id = reviewedInSlack(requester, datasetReviewedBy(List.of(unique("rev"), unique("rev")), false));

        String clicked = slack.responseUrl();
        String commanded = slack.responseUrl();
        click(requesterSlack, "request.approve", id, clicked);
        command(requesterSlack, "approve " + id + " trust me", commanded);

        assertThat(awaitFollowUp(clicked)).contains("OWN_REQUEST").doesNotContain("not linked");
        assertThat(awaitFollowUp(commanded)).contains("OWN_REQUEST");
        String asked = slack.responseUrl();
        command(requesterSlack, "status " + id, asked);
        assertThat(awaitFollowUp(asked)).contains("Your request " + id, "under committee review", "0 of 2 approvals")
                .doesNotContain("rev-");
        assertThat(votesOn(id)).isEmpty();
        assertThat(api.get("/api/requests/" + id, STEWARD).json().at("/state").asText()).isEqualTo("AWAITING_REVIEW");
    }

    @Test
    void aSecondVoteFromTheSameReviewerRecordsNothingAndSaysSo() {
        String reviewer = unique("rev");
        String reviewerSlack = linkToSlack(reviewer);
        String id = reviewedInSlack(person(REQUESTER_INSTITUTION), datasetReviewedBy(List.of(reviewer, unique("rev")), false));

        String firstUrl = slack.responseUrl();
        click(reviewerSlack, "request.approve", id, firstUrl);
        assertThat(awaitFollowUp(firstUrl)).contains("is recorded");
        String againUrl = slack.responseUrl();
        click(reviewerSlack, "request.approve", id, againUrl);
        String byCommand = slack.responseUrl();
        command(reviewerSlack, "reject " + id + " changed my mind", byCommand);

        assertThat(awaitFollowUp(againUrl)).contains("ALREADY_VOTED", "You already voted approve");
        assertThat(awaitFollowUp(byCommand)).contains("ALREADY_VOTED");
        assertThat(votesOn(id)).extracting(ReviewVoteCast::reviewerId, ReviewVoteCast::vote)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(reviewer, ReviewVote.APPROVE));
    }

    @Test
    void slashCommandsListStatusVoteAndHelp() {
        String reviewer = unique("rev");
        String reviewerSlack = linkToSlack(reviewer);
        String id = reviewedInSlack(person(REQUESTER_INSTITUTION), datasetReviewedBy(List.of(reviewer, unique("rev")), true));

        String pending = slack.responseUrl();
        HttpApi.Response ack = command(reviewerSlack, "pending", pending);
        assertThat(ack.json().at("/text").asText()).contains("Looking up");
        assertThat(awaitFollowUp(pending)).contains(id);
        String status = slack.responseUrl();
        command(reviewerSlack, "status " + id, status);
        assertThat(awaitFollowUp(status)).contains(id, "awaiting review", "0 of 2 approvals", "your vote: none yet");
        assertThat(command(reviewerSlack, "reject " + id, slack.responseUrl()).json().at("/text").asText())
                .contains("A reason is needed");
        assertThat(command(reviewerSlack, "frobnicate", slack.responseUrl()).json().at("/text").asText())
                .contains("/custodian pending", "/custodian status REQ");
        String approve = slack.responseUrl();
        command(reviewerSlack, "approve " + id + " Sound design, minimal fields.", approve);

        assertThat(awaitFollowUp(approve)).contains("is recorded");
        assertThat(votesOn(id)).extracting(ReviewVoteCast::reason).containsExactly("Sound design, minimal fields.");
        String after = slack.responseUrl();
        command(reviewerSlack, "pending", after);
        assertThat(awaitFollowUp(after)).doesNotContain(id);
    }

    @Test
    void aRequestSentBackForChangesAndReviewedAgainGetsAFreshMessageAndPanel() {
        String reviewer = unique("rev");
        String reviewerSlack = linkToSlack(reviewer);
        String id = reviewedInSlack(person(REQUESTER_INSTITUTION), datasetReviewedBy(List.of(reviewer, unique("rev")), false));
        String changes = slack.responseUrl();
        click(reviewerSlack, "request.request_changes", id, changes);
        assertThat(awaitFollowUp(changes)).contains("now changes requested");
        awaitCall("chat.update", id);

        // as request-service publishes it when the amended request goes to review again
        publish(Topic.REQUESTS, id, new ReviewAssigned(id, "dec-2", List.of("ds-any"), List.of(reviewer, "rev-new"), 2,
                false, null), "request-service");

        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> slack.calls("chat.postMessage", "\"value\":\"" + id + "\"").size() == 2);
        String status = slack.responseUrl();
        command(reviewerSlack, "status " + id, status);
        assertThat(awaitFollowUp(status)).contains("awaiting review", "0 of 2 approvals", "your vote: none yet");
    }

    @Test
    void aReviewerDeclaresAConflictFromSlackAndCanNoLongerVote() {
        String reviewer = unique("rev");
        String reviewerSlack = linkToSlack(reviewer);
        String id = reviewedInSlack(person(REQUESTER_INSTITUTION),
                datasetReviewedBy(List.of(reviewer, unique("rev"), unique("rev")), true));
        String declared = slack.responseUrl();

        command(reviewerSlack, "conflict " + id + " I co-author with this group.", declared);

        assertThat(awaitFollowUp(declared)).contains("conflict of interest", "is recorded");
        kafka.await(KafkaProbe.ofType(EventType.REVIEW_CONFLICT_DECLARED, id), WAIT);
        String late = slack.responseUrl();
        click(reviewerSlack, "request.approve", id, late);
        assertThat(awaitFollowUp(late)).contains("RECUSED");
        assertThat(votesOn(id)).isEmpty();
    }

    @Test
    void aClickAcknowledgedButLeftUndoneByARestartIsDoneByTheSweep() {
        String reviewer = unique("rev");
        String reviewerSlack = linkToSlack(reviewer);
        String id = reviewedInSlack(person(REQUESTER_INSTITUTION), datasetReviewedBy(List.of(reviewer, unique("rev")), false));
        String url = slack.responseUrl();

        jdbc.sql("""
                INSERT INTO chat_action (slack_user_id, action, subject_id, reason, response_url, state, created_at)
                VALUES (?, 'APPROVE', ?, 'Acknowledged before the restart.', ?, 'PENDING', now() - interval '1 minute')""")
                .params(reviewerSlack, id, url).update();

        assertThat(awaitFollowUp(url)).contains("is recorded");
        assertThat(votesOn(id)).extracting(ReviewVoteCast::reason).containsExactly("Acknowledged before the restart.");
        assertThat(jdbc.sql("SELECT state FROM chat_action WHERE response_url = ?").param(url).query(String.class).single())
                .isEqualTo("DONE");
    }

    @Test
    void aFailedPostIsRetriedWithBackoffUntilSlackTakesIt() {
        String requester = person(REQUESTER_INSTITUTION);
        String id = submit(requester, datasetReviewedBy(List.of(unique("rev"), unique("rev")), false));
        slack.script(id, new SlackStandIn.Answer(500, "{}", null), new SlackStandIn.Answer(429, "{}", "0"),
                new SlackStandIn.Answer(200, "{\"ok\":false,\"error\":\"ratelimited\"}", null));

        decide(id, REVIEW);

        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> jdbc.sql(
                "SELECT count(*) FROM chat_review WHERE subject_id = ? AND ts IS NOT NULL").param(id).query(Long.class).single() == 1);
        assertThat(slack.calls("chat.postMessage", "\"value\":\"" + id + "\"")).hasSize(4);
        assertThat(jdbc.sql("SELECT state || ':' || attempts FROM chat_outbound WHERE subject_id = ? AND method = 'POST_REVIEW'")
                .param(id).query(String.class).single()).isEqualTo("SENT:4");
        assertThat(slack.calls("chat.postMessage", id).get(3).body()).as("an open review names the requester")
                .contains(REQUESTER_NAME + " (" + REQUESTER_INSTITUTION + ")");
    }

    private List<ReviewVoteCast> votesOn(String id) {
        return kafka.drain(Duration.ofSeconds(1)).stream().filter(KafkaProbe.ofType(EventType.REVIEW_VOTE_CAST, id))
                .map(record -> event(record, ReviewVoteCast.class)).toList();
    }

    static <T extends GovernanceEvent> T event(ConsumerRecord<byte[], byte[]> record, Class<T> type) {
        return type.cast(GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record)));
    }
}

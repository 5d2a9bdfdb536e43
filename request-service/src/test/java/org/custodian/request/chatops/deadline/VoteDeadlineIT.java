package org.custodian.request.chatops.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.custodian.request.chatops.ChatAnnouncer;
import org.custodian.request.chatops.ChatOpsIntegration;
import org.custodian.request.chatops.ChatReviews;
import org.custodian.request.chatops.slack.SlackStandIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Vote deadlines on a travelling clock over the real database: one reminder, in the review's thread,
 * to those who have not voted; at the deadline the review is stalled and stewards are told; neither
 * fires twice, also not from a second sweeper (as after a restart).
 */
class VoteDeadlineIT extends ChatOpsIntegration {

    @Autowired
    ChatReviews reviews;
    @Autowired
    ChatAnnouncer announcer;
    @Autowired
    ReviewDeadlines deadlines;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MeterRegistry meters;

    @Test
    void reviewersWhoHaveNotVotedAreRemindedOnceAndStewardsToldWhenTheDeadlinePasses() {
        String voter = unique("rev");
        String laggard = unique("rev");
        String voterSlack = linkToSlack(voter);
        String laggardSlack = linkToSlack(laggard);
        String id = reviewedInSlack(person(REQUESTER_INSTITUTION), datasetReviewedBy(List.of(voter, laggard), true));
        String url = slack.responseUrl();
        click(voterSlack, "request.approve", id, url);
        awaitFollowUp(url);
        await().atMost(WAIT).until(() -> reviews.find(id).orElseThrow().votes().containsKey(voter));
        Instant due = reviews.find(id).orElseThrow().dueAt();
        assertThat(due).isBetween(Instant.now().plus(Duration.ofDays(7)).minusSeconds(120), Instant.now().plus(Duration.ofDays(7)));
        TravellingClock clock = new TravellingClock();
        DeadlineSweeper sweeper = sweeper(clock);

        clock.travelTo(due.minus(Duration.ofHours(25)));
        sweeper.sweepNow();
        clock.travelTo(due.minus(Duration.ofHours(23)));
        sweeper.sweepNow();
        sweeper.sweepNow();
        sweeper(clock).sweepNow();

        SlackStandIn.Call reminder = awaitCall("chat.postMessage", "Reminder: " + id);
        JsonNode stored = reviewRow(id);
        assertThat(reminder.json().path("thread_ts").asText()).isEqualTo(stored.path("ts").asText());
        assertThat(reminder.body()).contains("<@" + laggardSlack + ">").doesNotContain(voterSlack);
        assertThat(api.get("/api/requests/" + id, STEWARD).json().at("/review/status").asText()).isEqualTo("OPEN");

        clock.travelTo(due.plusSeconds(1));
        sweeper.sweepNow();
        sweeper(clock).sweepNow();

        SlackStandIn.Call overdue = awaitCall("chat.postMessage", "Vote deadline passed for " + id);
        assertThat(overdue.json().path("channel").asText()).isEqualTo(SlackStandIn.STEWARD_CHANNEL);
        assertThat(overdue.body()).contains("1 of 2 approvals", laggard);
        JsonNode asSteward = api.get("/api/requests/" + id, STEWARD).json();
        assertThat(asSteward.at("/review/status").asText()).isEqualTo("STALLED");
        assertThat(asSteward.at("/review/stalled_reason").asText()).isEqualTo("VOTE_DEADLINE_PASSED");
        assertThat(slack.calls("chat.postMessage", "Reminder: " + id)).hasSize(1);
        assertThat(slack.calls("chat.postMessage", "Vote deadline passed for " + id)).hasSize(1);
        slack.calls().stream().filter(call -> call.about(id)).forEach(call -> assertThat(call.body()).doesNotContain(REQUESTER_NAME));
    }

    private DeadlineSweeper sweeper(Clock clock) {
        return new DeadlineSweeper(reviews, announcer, deadlines, transactions, meters, clock);
    }

    private JsonNode reviewRow(String id) {
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(
                jdbc.sql("SELECT channel, ts FROM chat_review WHERE subject_id = ?").param(id).query().singleRow());
    }

    /** A clock the test moves to any instant. */
    private static final class TravellingClock extends Clock {

        private volatile Instant now = Instant.now();

        void travelTo(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}

package org.custodian.request.chatops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.Reason;
import org.custodian.contracts.requests.Purpose;
import org.custodian.contracts.requests.VotingRule;
import org.custodian.request.chatops.ChatReview;
import org.custodian.request.chatops.ReviewBrief;
import org.junit.jupiter.api.Test;

/** The review message carries what a reviewer needs, and a blinded one nothing that names the requester. */
class SlackMessagesTest {

    private static final Obligations OBLIGATIONS = new Obligations(LocalDate.parse("2027-11-22"), "secure_enclave",
            "approval", List.of("age_band", "hba1c"), false, false, null, true);
    private static final ReviewBrief BRIEF = new ReviewBrief("req-1", "r-ada", List.of("ds-trials"),
            new Purpose(List.of("DUO:0000007"), "MONDO:0005148", false, false, false,
                    "Does drug X reduce HbA1c? Asked by Ada Lovelace of inst-analytical."),
            List.of("age_band", "hba1c"), 365, "DE", "secure_enclave",
            new Decision(Outcome.REVIEW, List.of(new Reason("review", "COMMITTEE_REVIEW_REQUIRED", "ds-trials",
                    "inst-analytical is not an approved institution; r-ada asked.")), OBLIGATIONS, "sha256:1"));

    private static ChatReview review(boolean blinded) {
        return new ChatReview("req-1", ChatReview.Kind.REQUEST, List.of("rev-a", "rev-b"), Map.of(), Set.of(), 2, blinded,
                true, null, Instant.parse("2026-11-29T10:00:00Z"), null, null);
    }

    @Test
    void theReviewMessageShowsPurposeReasonsObligationsAndThreeButtons() {
        String json = SlackMessages.reviewOpened("C-review", review(false), BRIEF, "Ada Lovelace (inst-analytical)").toString();

        assertThat(json).contains("\"channel\":\"C-review\"", "Does drug X reduce HbA1c?", "COMMITTEE_REVIEW_REQUIRED",
                "erase by 2027-11-22", "consented subset only", "Ada Lovelace (inst-analytical)", "2026-11-29 10:00 UTC")
                .contains("\"action_id\":\"request.approve\"", "\"action_id\":\"request.reject\"",
                        "\"action_id\":\"request.request_changes\"", "\"value\":\"req-1\"");
    }

    @Test
    void aBlindfoldedBlindedMessageNamesNeitherRequesterNorInstitutionAnywhere() {
        ObjectNode message = SlackMessages.reviewOpened("C-review", review(true), BRIEF, null);

        String json = new Blindfold("r-ada", List.of("Ada Lovelace", "inst-analytical")).apply(message).toString();

        assertThat(json).doesNotContain("r-ada").doesNotContain("Ada Lovelace").doesNotContain("inst-analytical")
                .contains("hidden (blinded review)", "(blinded) is not an approved institution", "COMMITTEE_REVIEW_REQUIRED");
    }

    @Test
    void theClosedMessageHasNoButtons() {
        ChatReview closed = new ChatReview("req-1", ChatReview.Kind.REQUEST, List.of("rev-a", "rev-b"),
                Map.of("rev-a", "approve", "rev-b", "approve"), Set.of(), 2, false, false, "approved", null, "C1", "1.2");

        String json = SlackMessages.reviewClosed(closed, BRIEF, "Ada").toString();

        assertThat(json).contains("approved", "2 of 2 approvals").doesNotContain("action_id");
    }

    @Test
    void theReviewMessageNamesItsVotingRule() {
        ChatReview majority = new ChatReview("req-1", ChatReview.Kind.REQUEST, List.of("rev-a", "rev-b", "rev-c"),
                Map.of(), Set.of(), 2, false, true, null, null, null, null, VotingRule.MAJORITY);

        assertThat(SlackMessages.reviewOpened("C-review", majority, BRIEF, "Ada").toString())
                .contains("majority of the reviewers who may vote");
        assertThat(SlackMessages.reviewOpened("C-review", review(false), BRIEF, "Ada").toString())
                .contains("quorum with veto: any rejection or request for changes ends the review");
    }

    @Test
    void theOverdueNoticeTellsStewardsWhatTheyCanDo() {
        String json = SlackMessages.overdue("C-stewards", review(false), List.of("rev-b")).toString();

        assertThat(json).contains("VOTE_DEADLINE_PASSED", "PUT /api/requests/req-1/review/panel",
                "POST /api/requests/req-1/review/steward-decision");
    }
}

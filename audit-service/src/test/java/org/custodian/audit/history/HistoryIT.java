package org.custodian.audit.history;

import org.assertj.core.data.TemporalUnitWithinOffset;
import org.assertj.core.data.TemporalUnitOffset;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.custodian.audit.AuditServiceIntegration;
import org.custodian.audit.Events;
import org.custodian.contracts.Topic;
import org.custodian.contracts.decisions.Reason;
import org.custodian.contracts.requests.RequestRejected;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.testing.HttpApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One researcher's two requests, told only through the log: the filters find them, the timeline
 * orders one, and the history answers who had which data, why, approved by whom, under which policy
 * revision, and when it was erased.
 */
class HistoryIT extends AuditServiceIntegration {

    private String researcher;
    private String dataset;
    private String approvedRequest;
    private String rejectedRequest;

    @BeforeEach
    void aResearchersStory() {
        researcher = newSubject("r");
        dataset = newSubject("ds");
        approvedRequest = newSubject("req");
        rejectedRequest = newSubject("req");
        // Each service reacts to the one before, so across topics the log sees them in this order too.
        publish(submitted(approvedRequest), researcher);
        awaitEntries(approvedRequest, 1);
        publish(Events.decisionMade(approvedRequest), "policy-service");
        awaitEntries(approvedRequest, 2);
        publishRaw(Topic.REQUESTS, "review.vote-cast", approvedRequest, "rita-reviewer",
                "{\"request_id\":\"" + approvedRequest + "\",\"vote\":\"approve\"}");
        publish(Events.requestApproved(approvedRequest), "sam-steward");
        awaitEntries(approvedRequest, 4);
        publish(Events.releaseIssued(approvedRequest), "release-service");
        publishRaw(Topic.RELEASES, "erasure.certified", approvedRequest, researcher,
                "{\"release_id\":\"rel-" + approvedRequest + "\",\"request_id\":\"" + approvedRequest + "\"}");
        publish(submitted(rejectedRequest), researcher);
        publish(new RequestRejected(rejectedRequest, "dec-x", List.of(new Reason("dsa", "DSA_NOT_SIGNED", null, "no DSA"))),
                "policy-service");
        awaitEntries(approvedRequest, 6);
        awaitEntries(rejectedRequest, 2);
    }

    @Test
    void theTimelineListsEveryEntryAboutTheRequestInLogOrder() {
        JsonNode timeline = api.get("/api/audit/requests/" + approvedRequest + "/timeline", COMPLIANCE).json();

        assertThat(timeline.at("/request_id").asText()).isEqualTo(approvedRequest);
        assertThat(timeline.at("/events")).extracting(e -> e.at("/type").asText()).containsExactly(
                "org.custodian.request.submitted.v1", "org.custodian.decision.made.v1", "org.custodian.review.vote-cast.v1",
                "org.custodian.request.approved.v1", "org.custodian.release.issued.v1", "org.custodian.erasure.certified.v1");
        assertThat(timeline.at("/events")).extracting(e -> e.at("/seq").asLong()).isSorted();
        assertThat(timeline.at("/events/3/actor").asText()).isEqualTo("sam-steward");
        assertThat(timeline.at("/events/0/entry_hash").asText()).hasSize(64);
    }

    @Test
    void theHistorySaysWhoHadWhichDataWhyApprovedByWhomUnderWhichRevisionAndErasedWhen() {
        JsonNode history = api.get("/api/audit/researchers/" + researcher + "/history", COMPLIANCE).json();

        JsonNode approved = request(history, approvedRequest);
        assertThat(approved.at("/status").asText()).isEqualTo("approved");
        assertThat(approved.at("/datasets/0").asText()).isEqualTo(dataset);
        assertThat(approved.at("/purpose/statement").asText()).isEqualTo("Does drug X reduce HbA1c?");
        assertThat(approved.at("/submitted/by").asText()).isEqualTo(researcher);
        assertThat(approved.at("/decisions/0/policy_revision").asText()).isEqualTo("sha256:abc");
        assertThat(approved.at("/decisions/0/outcome").asText()).isEqualTo("allow");
        assertThat(approved.at("/votes/0/by").asText()).isEqualTo("rita-reviewer");
        assertThat(approved.at("/votes/0/vote").asText()).isEqualTo("approve");
        assertThat(approved.at("/approved/by").asText()).isEqualTo("sam-steward");
        JsonNode release = approved.at("/releases/0");
        assertThat(release.at("/release_id").asText()).isEqualTo("rel-" + approvedRequest);
        assertThat(release.at("/erase_by").asText()).isEqualTo("2027-11-22");
        assertThat(release.at("/fields")).extracting(JsonNode::asText).containsExactly("age_band", "hba1c");
        assertThat(release.at("/status").asText()).isEqualTo("erased");
        assertThat(Instant.parse(release.at("/erased/at").asText())).isCloseTo(Instant.now(), within());
        assertThat(release.at("/erased/seq").asLong()).isGreaterThan(release.at("/issued/seq").asLong());

        JsonNode rejected = request(history, rejectedRequest);
        assertThat(rejected.at("/status").asText()).isEqualTo("rejected");
        assertThat(rejected.at("/rejected/reasons")).extracting(JsonNode::asText).containsExactly("DSA_NOT_SIGNED");
        assertThat(rejected.at("/releases")).isEmpty();
    }

    @Test
    void entriesAreFilteredByDatasetResearcherActorAndTime() {
        assertThat(entries("dataset=" + dataset)).extracting(e -> e.at("/subject").asText())
                .containsOnly(approvedRequest, rejectedRequest).hasSize(8);
        assertThat(entries("researcher=" + researcher)).hasSize(8);
        assertThat(entries("researcher=" + researcher + "&actor=rita-reviewer")).extracting(e -> e.at("/type").asText())
                .containsExactly("org.custodian.review.vote-cast.v1");
        assertThat(entries("dataset=" + dataset + "&type=request.submitted")).hasSize(2);
        Instant now = Instant.now();
        assertThat(entries("researcher=" + researcher + "&from=" + now.minus(1, ChronoUnit.HOURS) + "&to="
                + now.plus(1, ChronoUnit.HOURS))).hasSize(8);
        assertThat(entries("researcher=" + researcher + "&to=" + now.minus(1, ChronoUnit.HOURS))).isEmpty();
        assertThat(entries("researcher=" + researcher + "&from=2026-01-01")).hasSize(8);
        assertThat(entries("dataset=" + newSubject("ds"))).isEmpty();
    }

    @Test
    void unknownRequestsAndResearchersAreNotFound() {
        HttpApi.Response request = api.get("/api/audit/requests/" + newSubject("req") + "/timeline", COMPLIANCE);
        HttpApi.Response person = api.get("/api/audit/researchers/" + newSubject("r") + "/history", COMPLIANCE);

        assertThat(request.status()).isEqualTo(404);
        assertThat(request.json().at("/code").asText()).isEqualTo("REQUEST_NOT_FOUND");
        assertThat(person.status()).isEqualTo(404);
        assertThat(person.json().at("/code").asText()).isEqualTo("RESEARCHER_NOT_FOUND");
    }

    private RequestSubmitted submitted(String requestId) {
        return Events.requestSubmitted(requestId, researcher, List.of(dataset));
    }

    private static JsonNode request(JsonNode history, String requestId) {
        for (JsonNode request : history.at("/requests")) {
            if (request.at("/request_id").asText().equals(requestId)) {
                return request;
            }
        }
        throw new AssertionError("No request " + requestId + " in " + history);
    }

    private static TemporalUnitOffset within() {
        return new TemporalUnitWithinOffset(5, ChronoUnit.MINUTES);
    }
}

package org.custodian.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodian.contracts.EventType;
import org.custodian.contracts.Topic;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.Reason;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Every event type request-service publishes names as actor whoever really acted: the steward for the
 * catalog, the researcher for what they submit or withdraw, the reviewer for a vote and what it
 * concluded, the policy for the review its decision opened — never someone a payload names.
 */
class ActorsIT extends RequestServiceIntegration {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String researcher = "p-actor-" + suffix;
    private final String reviewer = "rev-actor-" + suffix;
    private final String dataset = "ds-actor-" + suffix;

    @Test
    void eachEventNamesWhoActed() {
        registerDataset(dataset, List.of("DUO:0000042"), "auto");
        registerResearcher(researcher);
        assertThat(api.put("/api/datasets/" + dataset + "/committee", STEWARD, HttpApi.json(Map.of(
                "reviewers", List.of(reviewer), "approvals_required", 1))).status()).isEqualTo(200);
        assertThat(api.put("/api/datasets/" + dataset + "/terms", STEWARD, HttpApi.json(changedTerms())).status()).isEqualTo(200);
        assertThat(api.post("/api/datasets/" + dataset + "/consents", STEWARD, HttpApi.json(Map.of("basis", "informed_consent",
                "subjects", 10, "recorded_at", "2026-11-20T09:00:00Z"))).status()).isEqualTo(201);
        String reviewed = submit();
        publish(Topic.DECISIONS, reviewed, new DecisionMade("dec-" + UUID.randomUUID(), reviewed, Instant.now(), review()),
                "policy-service");
        actorOf(EventType.REVIEW_ASSIGNED, reviewed, "policy-service");
        assertThat(api.post("/api/requests/" + reviewed + "/votes", TestTokens.token(reviewer, "reviewer"),
                HttpApi.json(Map.of("vote", "approve", "reason", "Sound."))).status()).isEqualTo(201);
        String withdrawn = submit();
        assertThat(api.post("/api/requests/" + withdrawn + "/withdraw", TestTokens.token(researcher, "researcher"), "")
                .status()).isEqualTo(200);
        String manuscript = manuscript();
        assertThat(api.post("/api/manuscripts/" + manuscript + "/reviews", TestTokens.token(reviewer, "reviewer"),
                HttpApi.json(Map.of("verdict", "approve", "comment", "Fine."))).status()).isEqualTo(201);

        actorOf(EventType.DATASET_REGISTERED, dataset, "sam-steward");
        actorOf(EventType.DATASET_TERMS_CHANGED, dataset, "sam-steward");
        actorOf(EventType.CONSENT_RECORDED, dataset, "sam-steward");
        actorOf(EventType.RESEARCHER_REGISTERED, researcher, "sam-steward");
        actorOf(EventType.REQUEST_SUBMITTED, reviewed, researcher);
        actorOf(EventType.REVIEW_VOTE_CAST, reviewed, reviewer);
        actorOf(EventType.REQUEST_APPROVED, reviewed, reviewer);
        actorOf(EventType.REQUEST_WITHDRAWN, withdrawn, researcher);
        actorOf(EventType.MANUSCRIPT_SUBMITTED, manuscript, researcher);
        actorOf(EventType.MANUSCRIPT_REVIEWED, manuscript, reviewer);
    }

    private void actorOf(EventType type, String subject, String actor) {
        assertThat(KafkaProbe.header(kafka.await(KafkaProbe.ofType(type, subject), WAIT), "ce_actor"))
                .as(type.suffix()).isEqualTo(actor);
    }

    private String submit() {
        HttpApi.Response submitted = api.post("/api/requests", TestTokens.token(researcher, "researcher"),
                HttpApi.json(request(dataset)));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        return submitted.json().at("/id").asText();
    }

    private String manuscript() {
        return manuscriptOf(researcher, released(researcher, List.of(dataset), obligations()));
    }

    private Map<String, Object> changedTerms() {
        @SuppressWarnings("unchecked")
        Map<String, Object> terms = new HashMap<>((Map<String, Object>) dataset(dataset, List.of("DUO:0000042"), "auto")
                .get("terms"));
        terms.put("sensitivity", 3);
        return terms;
    }

    private static Obligations obligations() {
        return new Obligations(LocalDate.now().plusYears(1), "secure_enclave", "approval", List.of("age_band"), false,
                false, null, false);
    }

    private static Decision review() {
        return new Decision(Outcome.REVIEW, List.of(new Reason("review", "COMMITTEE_REVIEW_REQUIRED", null, "Review.")),
                obligations(), "sha256:test");
    }
}

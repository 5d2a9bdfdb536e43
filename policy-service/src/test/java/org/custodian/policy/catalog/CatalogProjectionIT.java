package org.custodian.policy.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.catalog.ConsentRecorded;
import org.custodian.contracts.catalog.ConsentWithdrawn;
import org.custodian.contracts.catalog.DatasetRegistered;
import org.custodian.contracts.catalog.DatasetTerms;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.policy.PolicyServiceIntegration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The policy's view of the catalog holds terms exactly as the policy reads them, newest version first. */
class CatalogProjectionIT extends PolicyServiceIntegration {

    @Autowired
    private Datasets datasets;
    @Autowired
    private Researchers researchers;
    @Autowired
    private Consents consents;

    @Test
    void termsAreKeptInThePolicysSnakeCaseShape() {
        String dataset = unique("ds");

        registerDataset(dataset, healthTerms());

        ObjectNode terms = (ObjectNode) datasets.termsOf(List.of(dataset, "ds-never-registered")).get(dataset);
        assertThat(datasets.termsOf(List.of(dataset, "ds-never-registered")).size()).isEqualTo(1);
        assertThat(terms.get("permitted_uses").get(0).asText()).isEqualTo(HMB);
        assertThat(terms.get("retention_max_days").asInt()).isEqualTo(1095);
        assertThat(terms.get("consent").get("consented_subset_only").asBoolean()).isFalse();
        assertThat(terms.has("embargo_until")).isTrue();
        assertThat(terms.get("embargo_until").isNull()).isTrue();
    }

    @Test
    void anOlderVersionOfTheTermsArrivingLateDoesNotReplaceANewerOne() {
        String dataset = unique("ds");
        publish(new DatasetRegistered(dataset, "Trials", "v2", 2, withSensitivity(2)), unique("evt"), Instant.now());
        await().atMost(PATIENCE).until(() -> rows("dataset_terms", "dataset_id", dataset) == 1);
        String late = unique("evt");

        publish(new DatasetRegistered(dataset, "Trials", "v1", 1, withSensitivity(4)), late, Instant.now());

        await().atMost(PATIENCE).until(() -> rows("consumed_event", "event_id", late) == 1);
        assertThat(datasets.termsOf(List.of(dataset)).get(dataset).get("sensitivity").asInt()).isEqualTo(2);
    }

    @Test
    void aResearcherIsJudgedOnCredentialsAloneAndAStrangerOnNone() {
        String researcher = unique("r");

        registerResearcher(vettedResearcher(researcher));

        Requester known = researchers.requester(researcher);
        assertThat(known.vetted()).isTrue();
        assertThat(known.irb().reference()).isEqualTo("IRB-22-104");
        assertThat(jdbc.sql("SELECT credentials::text FROM requester WHERE researcher_id = ?").param(researcher)
                .query(String.class).single()).doesNotContain("Ada Lovelace").doesNotContain("U0ADA4242");
        assertThat(researchers.requester("r-stranger")).isEqualTo(
                new Requester("r-stranger", null, null, false, false, false, false, false, null));
    }

    @Test
    void changedCredentialsReplaceTheOnesHeld() {
        String researcher = unique("r");
        registerResearcher(vettedResearcher(researcher));
        String change = unique("evt");

        publish(new ResearcherCredentialsChanged(researcher, "inst-1", "DE", false, false, true, false, false, List.of(),
                null, null, false, "researcher.offboarded"), change, Instant.now());

        await().atMost(PATIENCE).until(() -> rows("consumed_event", "event_id", change) == 1);
        Requester now = researchers.requester(researcher);
        assertThat(now.vetted()).isFalse();
        assertThat(now.irb()).isNull();
    }

    @Test
    void consentHeldIsWithdrawnByCohortStandsAgainWhenRecordedAgainAndIgnoresNamedSubjects() {
        String dataset = unique("ds");
        Instant t0 = Instant.parse("2026-12-01T10:00:00Z");
        consentEvent(new ConsentRecorded(dataset, "a", HMB, 120, t0), t0);
        consentEvent(new ConsentRecorded(dataset, "b", GRU, 40, t0), t0);
        consentEvent(new ConsentWithdrawn(dataset, "a", List.of("subject-7"), t0, null), t0.plusSeconds(1));
        consentEvent(new ConsentWithdrawn(dataset, "b", List.of(), t0, null), t0.plusSeconds(2));
        consentEvent(new ConsentWithdrawn(dataset, null, List.of(), t0, null), t0.plusSeconds(3));
        consentEvent(new ConsentRecorded(dataset, null, "informed_consent", 160, t0), t0.plusSeconds(4));
        consentEvent(new ConsentRecorded(dataset, "b", HMB, 30, t0), t0.minusSeconds(60));

        JsonNode held = consents.heldFor(List.of(dataset, "ds-without-records"));

        assertThat(held.get(dataset).get("withdrawn").asBoolean()).as("recorded again after the withdrawal").isFalse();
        assertThat(held.at("/" + dataset + "/cohorts/a/withdrawn").asBoolean()).as("only named subjects withdrew").isFalse();
        assertThat(held.at("/" + dataset + "/cohorts/b/withdrawn").asBoolean()).isTrue();
        assertThat(held.at("/" + dataset + "/cohorts/b/basis").asText()).as("an older record arriving late").isEqualTo(GRU);
        assertThat(held.get("ds-without-records").toString()).isEqualTo("{\"withdrawn\":false,\"cohorts\":{}}");
    }

    private void consentEvent(GovernanceEvent event, Instant recordedAt) {
        String id = unique("evt");
        publish(event, id, recordedAt);
        await().atMost(PATIENCE).until(() -> rows("consumed_event", "event_id", id) == 1);
    }

    private static DatasetTerms withSensitivity(int sensitivity) {
        DatasetTerms terms = healthTerms();
        return new DatasetTerms(terms.permittedUses(), terms.disease(), terms.modifiers(), terms.approvedUsers(),
                terms.approvedInstitutions(), terms.timeLimitDays(), terms.moratoriumUntil(), terms.consent(),
                terms.retentionMaxDays(), terms.homeCountry(), terms.regimes(), terms.processingCountries(),
                terms.embargoUntil(), sensitivity, terms.accessModes(), terms.fields(), terms.publicationReview(),
                terms.review());
    }
}

package org.custodian.audit.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.custodian.audit.AuditServiceIntegration;
import org.custodian.audit.Events;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.requests.RequestSubmitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An integration that acts for someone is the actor; whom it claimed to act for is shown beside it as
 * {@code on_behalf_of} in every view and export, is a filter of its own, and never answers the actor filter.
 */
class OnBehalfOfIT extends AuditServiceIntegration {

    private static final ObjectMapper JSON = new ObjectMapper();

    private String researcher;
    private String integration;
    private String claimed;
    private String plain;

    @BeforeEach
    void anIntegrationSubmitsForAResearcher() {
        researcher = newSubject("r");
        integration = newSubject("portal-integration");
        claimed = newSubject("req");
        plain = newSubject("req");
        publish(submitted(claimed), integration, researcher);
        publish(submitted(plain), researcher);
        awaitEntries(claimed, 1);
        awaitEntries(plain, 1);
    }

    @Test
    void entriesShowTheClaimBesideTheRealActor() {
        JsonNode entry = entries("subject=" + claimed).get(0);

        assertThat(entry.at("/actor").asText()).isEqualTo(integration);
        assertThat(entry.at("/on_behalf_of").asText()).isEqualTo(researcher);
        assertThat(entries("subject=" + plain).get(0).at("/on_behalf_of").isNull()).isTrue();
    }

    @Test
    void theActorFilterMatchesOnlyTheRealActorAndTheClaimHasItsOwnFilter() {
        assertThat(entries("actor=" + integration)).extracting(e -> e.at("/subject").asText()).containsExactly(claimed);
        assertThat(entries("actor=" + researcher)).extracting(e -> e.at("/subject").asText()).containsExactly(plain);
        assertThat(entries("on_behalf_of=" + researcher)).extracting(e -> e.at("/subject").asText()).containsExactly(claimed);
        assertThat(entries("on_behalf_of=" + integration)).isEmpty();
        assertThat(api.get("/api/audit/entries?on_behalf_of=", COMPLIANCE).status()).isEqualTo(400);
    }

    @Test
    void exportsCarryTheClaimAndTheChainStillVerifies() throws Exception {
        String csv = get("/api/audit/entries?on_behalf_of=" + researcher, COMPLIANCE, "text/csv").body();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("seq,event_id,source,type,subject,actor,on_behalf_of,time,");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("," + claimed + "," + integration + "," + researcher + ",");

        // JSON Lines carry exactly what the hash covers: the claim is the envelope's onbehalfof extension
        String jsonl = get("/api/audit/entries?subject=" + claimed, COMPLIANCE, "application/x-ndjson").body();
        JsonNode line = JSON.readTree(jsonl.lines().findFirst().orElseThrow());
        assertThat(line.at("/envelope/" + GovernanceCloudEvents.ON_BEHALF_OF_EXTENSION).asText()).isEqualTo(researcher);
        assertThat(line.at("/actor").asText()).isEqualTo(integration);
        assertThat(verify().at("/valid").asBoolean()).as(verify().toString()).isTrue();
    }

    @Test
    void timelinesAndHistoriesNameBoth() {
        JsonNode timeline = api.get("/api/audit/requests/" + claimed + "/timeline", COMPLIANCE).json();
        assertThat(timeline.at("/events/0/actor").asText()).isEqualTo(integration);
        assertThat(timeline.at("/events/0/on_behalf_of").asText()).isEqualTo(researcher);

        JsonNode history = api.get("/api/audit/researchers/" + researcher + "/history", COMPLIANCE).json();
        assertThat(history.at("/requests")).hasSize(2);
        for (JsonNode request : history.at("/requests")) {
            JsonNode submitted = request.at("/submitted");
            boolean byIntegration = request.at("/request_id").asText().equals(claimed);
            assertThat(submitted.at("/by").asText()).isEqualTo(byIntegration ? integration : researcher);
            assertThat(submitted.at("/on_behalf_of").isNull()).isEqualTo(!byIntegration);
        }
    }

    private RequestSubmitted submitted(String requestId) {
        return Events.requestSubmitted(requestId, researcher, List.of("ds-trials"));
    }
}

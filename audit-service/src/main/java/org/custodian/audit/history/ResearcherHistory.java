package org.custodian.audit.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custodian.audit.log.EntryContent;
import org.custodian.audit.log.EventTypes;
import org.custodian.audit.log.LogEntry;

/**
 * Folds the entries about a researcher, in log order, into what compliance asks: per request, which
 * data, why, the policy decisions (and their revision), who voted and approved, and per release what
 * was handed over, until when, and when it was erased, revoked or overdue. Every fact names its entry's seq.
 */
final class ResearcherHistory {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String researcherId;
    private final ObjectNode researcher = JSON.objectNode();
    private final Map<String, ObjectNode> requests = new LinkedHashMap<>();

    ResearcherHistory(String researcherId) {
        this.researcherId = researcherId;
    }

    void accept(LogEntry entry) {
        EntryContent c = entry.content();
        JsonNode data = c.envelope().path("data");
        String at = (c.time() != null ? c.time() : c.receivedAt()).toString();
        String suffix = EventTypes.suffix(c.type());
        if (suffix.startsWith("researcher.")) {
            researcher.set(suffix.equals("researcher.registered") ? "registered" : "last_change",
                    fact(entry, at).set("data", data));
            return;
        }
        ObjectNode request = requests.computeIfAbsent(c.subject(), this::newRequest);
        switch (suffix) {
            case "request.submitted" -> submitted(request, data, entry, at);
            case "decision.made", "decision.re-evaluated" -> decided(request, data, entry, at);
            case "review.vote-cast" -> request.withArray("votes").add(fact(entry, at).put("vote", text(data, "vote")));
            case "request.approved" -> concluded(request, "approved", entry, at)
                    .put("decision_id", text(data, "decision_id")).set("obligations", data.path("obligations"));
            case "request.rejected" -> concluded(request, "rejected", entry, at).set("reasons", codes(data.path("reasons")));
            case "request.withdrawn" -> concluded(request, "withdrawn", entry, at);
            case "release.issued" -> issued(request, data, entry, at);
            case "release.refused" -> request.withArray("release_refusals").add(fact(entry, at).put("code", text(data, "code")));
            default -> releaseEvent(request, suffix, data, entry, at);
        }
    }

    ObjectNode json() {
        ObjectNode history = JSON.objectNode().put("researcher_id", researcherId);
        history.set("researcher", researcher);
        ArrayNode list = history.putArray("requests");
        requests.values().forEach(list::add);
        return history;
    }

    private ObjectNode newRequest(String requestId) {
        ObjectNode request = JSON.objectNode().put("request_id", requestId).put("status", "unknown");
        request.putArray("decisions");
        request.putArray("votes");
        request.putArray("releases");
        return request;
    }

    private static void submitted(ObjectNode request, JsonNode data, LogEntry entry, String at) {
        request.put("status", "submitted");
        request.set("submitted", fact(entry, at));
        request.set("datasets", data.path("datasets"));
        request.set("fields", data.path("fields"));
        request.set("purpose", data.path("purpose"));
        request.set("duration_days", data.path("duration_days"));
        request.set("processing_country", data.path("processing_country"));
    }

    private static void decided(ObjectNode request, JsonNode data, LogEntry entry, String at) {
        JsonNode decision = data.path("decision");
        ObjectNode made = fact(entry, at).put("decision_id", text(data, "decision_id"))
                .put("outcome", text(decision, "outcome")).put("policy_revision", text(decision, "policy_revision"));
        made.set("reasons", codes(decision.path("reasons")));
        request.withArray("decisions").add(made);
    }

    private static ObjectNode concluded(ObjectNode request, String status, LogEntry entry, String at) {
        request.put("status", status);
        ObjectNode fact = fact(entry, at);
        request.set(status, fact);
        return fact;
    }

    private static void issued(ObjectNode request, JsonNode data, LogEntry entry, String at) {
        ObjectNode release = JSON.objectNode().put("release_id", text(data, "release_id")).put("status", "active");
        release.set("issued", fact(entry, at));
        release.set("datasets", data.path("datasets"));
        release.set("fields", data.path("obligations").path("fields"));
        release.set("access_mode", data.path("obligations").path("access_mode"));
        release.set("erase_by", data.path("erase_by"));
        request.withArray("releases").add(release);
    }

    /** Events about a release: it names its release_id; without one, the request's latest release is meant. */
    private static void releaseEvent(ObjectNode request, String suffix, JsonNode data, LogEntry entry, String at) {
        ArrayNode releases = request.withArray("releases");
        ObjectNode release = null;
        for (JsonNode candidate : releases) {
            if (!data.has("release_id") || candidate.path("release_id").asText().equals(data.path("release_id").asText())) {
                release = (ObjectNode) candidate;
            }
        }
        if (release == null) {
            request.withArray("other_events").add(fact(entry, at).put("type", entry.content().type()));
            return;
        }
        switch (suffix) {
            case "erasure.certified" -> release.put("status", "erased").set("erased", fact(entry, at));
            case "erasure.overdue" -> release.set("erasure_overdue", fact(entry, at));
            case "release.revoked" -> release.put("status", "revoked").set("revoked", fact(entry, at));
            case "release.expired" -> release.put("status", "expired").set("expired", fact(entry, at));
            case "release.accessed" -> release.put("accesses", release.path("accesses").asLong() + 1).put("last_accessed_at", at);
            default -> release.withArray("other_events").add(fact(entry, at).put("type", entry.content().type()));
        }
    }

    /** When, by whom (and for whom, if an integration said so), and which entry says so. */
    private static ObjectNode fact(LogEntry entry, String at) {
        return JSON.objectNode().put("at", at).put("by", entry.content().actor())
                .put("on_behalf_of", entry.content().onBehalfOf()).put("seq", entry.seq());
    }

    private static ArrayNode codes(JsonNode reasons) {
        ArrayNode codes = JSON.arrayNode();
        reasons.forEach(reason -> codes.add(reason.path("code").asText()));
        return codes;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}

package org.custodian.audit.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.custodian.audit.log.EntryContent;
import org.custodian.audit.log.LogEntry;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.contracts.decisions.DecisionReEvaluated;
import org.custodian.contracts.decisions.Reason;
import org.custodian.contracts.releases.ErasureCertified;
import org.custodian.contracts.releases.ErasureOverdue;
import org.custodian.contracts.releases.ReleaseAccessed;
import org.custodian.contracts.releases.ReleaseExpired;
import org.custodian.contracts.releases.ReleaseIssued;
import org.custodian.contracts.releases.ReleaseRefused;
import org.custodian.contracts.releases.ReleaseRevoked;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.RequestRejected;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.contracts.requests.RequestWithdrawn;
import org.custodian.contracts.requests.ReviewVoteCast;

/**
 * Folds the entries about a researcher, in log order, read as their {@code contracts} records, into what
 * compliance asks: per request, which data, why, the policy decisions (and their revision), who voted and
 * approved, and per release what was handed over, until when, and when it was erased, revoked or overdue.
 * Every fact names its entry's seq; an entry that is no contract record is listed as another event.
 */
final class ResearcherHistory {

    private static final ObjectMapper JSON = ContractJson.mapper();

    private final String researcherId;
    private final ObjectNode researcher = JSON.createObjectNode();
    private final Map<String, ObjectNode> requests = new LinkedHashMap<>();
    private final Map<String, ObjectNode> releases = new HashMap<>();
    private final Map<String, ObjectNode> latestReleaseOfRequest = new HashMap<>();
    private final Map<ObjectNode, Long> accesses = new IdentityHashMap<>();

    ResearcherHistory(String researcherId) {
        this.researcherId = researcherId;
    }

    void accept(LogEntry entry) {
        EntryContent c = entry.content();
        ObjectNode fact = fact(entry);
        GovernanceEvent event = EntryEvents.read(c).orElse(null);
        if (event instanceof ResearcherRegistered || event instanceof ResearcherCredentialsChanged) {
            researcher.set(event instanceof ResearcherRegistered ? "registered" : "last_change", fact.set("data", EntryEvents.data(c)));
            return;
        }
        if (researcherId.equals(c.subject())) {
            // About the person, not one of their requests (their personal data erased, say).
            researcher.withArray("other_events").add(fact.put("type", c.type()));
            return;
        }
        ObjectNode request = requests.computeIfAbsent(c.subject(), this::newRequest);
        if (event instanceof RequestSubmitted submitted) {
            submitted(request, submitted, fact);
        } else if (event instanceof DecisionMade made) {
            decided(request, made.decisionId(), made.decision(), fact);
        } else if (event instanceof DecisionReEvaluated reEvaluated) {
            decided(request, reEvaluated.decisionId(), reEvaluated.decision(), fact);
        } else if (event instanceof ReviewVoteCast vote) {
            request.withArray("votes").add(fact.put("vote", vote.vote() == null ? null : vote.vote().wireName()));
        } else if (event instanceof RequestApproved approved) {
            concluded(request, "approved", fact).put("decision_id", approved.decisionId()).set("obligations", tree(approved.obligations()));
        } else if (event instanceof RequestRejected rejected) {
            concluded(request, "rejected", fact).set("reasons", codes(rejected.reasons()));
        } else if (event instanceof RequestWithdrawn) {
            concluded(request, "withdrawn", fact);
        } else if (event instanceof ReleaseIssued issued) {
            issued(request, issued, fact);
        } else if (event instanceof ReleaseRefused refused) {
            request.withArray("release_refusals").add(fact.put("code", refused.code()));
        } else if (!releaseEvent(event, c.subject(), fact, at(c))) {
            request.withArray("other_events").add(fact.put("type", c.type()));
        }
    }

    ObjectNode json() {
        ObjectNode history = JSON.createObjectNode().put("researcher_id", researcherId);
        history.set("researcher", researcher);
        ArrayNode list = history.putArray("requests");
        requests.values().forEach(list::add);
        return history;
    }

    private ObjectNode newRequest(String requestId) {
        ObjectNode request = JSON.createObjectNode().put("request_id", requestId).put("status", "unknown");
        request.putArray("decisions");
        request.putArray("votes");
        request.putArray("releases");
        return request;
    }

    private static void submitted(ObjectNode request, RequestSubmitted event, ObjectNode fact) {
        request.put("status", "submitted");
        request.set("submitted", fact);
        request.set("datasets", tree(event.datasets()));
        request.set("fields", tree(event.fields()));
        request.set("purpose", tree(event.purpose()));
        request.put("duration_days", event.durationDays());
        request.put("processing_country", event.processingCountry());
    }

    private static void decided(ObjectNode request, String decisionId, Decision decision, ObjectNode fact) {
        ObjectNode made = fact.put("decision_id", decisionId);
        if (decision != null) {
            made.put("outcome", decision.outcome() == null ? null : decision.outcome().wireName())
                    .put("policy_revision", decision.policyRevision()).set("reasons", codes(decision.reasons()));
        }
        request.withArray("decisions").add(made);
    }

    private static ObjectNode concluded(ObjectNode request, String status, ObjectNode fact) {
        request.put("status", status);
        request.set(status, fact);
        return fact;
    }

    private void issued(ObjectNode request, ReleaseIssued event, ObjectNode fact) {
        ObjectNode release = JSON.createObjectNode().put("release_id", event.releaseId()).put("status", "active");
        release.set("issued", fact);
        release.set("datasets", tree(event.datasets()));
        release.set("fields", event.obligations() == null ? null : tree(event.obligations().fields()));
        release.put("access_mode", event.obligations() == null ? null : event.obligations().accessMode());
        release.set("erase_by", tree(event.eraseBy()));
        request.withArray("releases").add(release);
        releases.put(event.releaseId(), release);
        latestReleaseOfRequest.put(event.requestId(), release);
    }

    /** What happened to a release: the event names it, or, without a release id, means the request's latest. */
    private boolean releaseEvent(GovernanceEvent event, String requestId, ObjectNode fact, String at) {
        if (event instanceof ErasureCertified erased) {
            return release(erased.releaseId(), requestId).map(r -> r.put("status", "erased").set("erased", fact)).isPresent();
        } else if (event instanceof ErasureOverdue overdue) {
            return release(overdue.releaseId(), requestId).map(r -> r.set("erasure_overdue", fact)).isPresent();
        } else if (event instanceof ReleaseRevoked revoked) {
            return release(revoked.releaseId(), requestId).map(r -> r.put("status", "revoked").set("revoked", fact)).isPresent();
        } else if (event instanceof ReleaseExpired expired) {
            return release(expired.releaseId(), requestId).map(r -> r.put("status", "expired").set("expired", fact)).isPresent();
        } else if (event instanceof ReleaseAccessed accessed) {
            return release(accessed.releaseId(), requestId).map(r -> r.put("accesses", accesses.merge(r, 1L, Long::sum))
                    .put("last_accessed_at", at)).isPresent();
        }
        return false;
    }

    private Optional<ObjectNode> release(String releaseId, String requestId) {
        return Optional.ofNullable(releaseId != null ? releases.get(releaseId) : latestReleaseOfRequest.get(requestId));
    }

    /** When, by whom (and for whom, if an integration said so), and which entry says so. */
    private static ObjectNode fact(LogEntry entry) {
        EntryContent c = entry.content();
        return JSON.createObjectNode().put("at", at(c)).put("by", c.actor()).put("on_behalf_of", c.onBehalfOf())
                .put("seq", entry.seq());
    }

    private static String at(EntryContent c) {
        return (c.time() != null ? c.time() : c.receivedAt()).toString();
    }

    private static ArrayNode codes(List<Reason> reasons) {
        ArrayNode codes = JSON.createArrayNode();
        reasons.forEach(reason -> codes.add(reason.code()));
        return codes;
    }

    /** A record's part in the wire form (snake_case, ISO dates) the history shows it in. */
    private static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }
}

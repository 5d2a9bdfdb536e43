package org.custodian.console.api;

import com.fasterxml.jackson.databind.JsonNode;

/** A request's decisions from policy-service, oldest first; the page shows the latest. */
public final class Decisions {

    private Decisions() {
    }

    /** The latest decision document of the request, or null while the policy has not judged it. */
    public static JsonNode latest(ServiceApis services, String requestId) {
        JsonNode decisions = services.policy().get("/api/decisions?request={id}", requestId);
        return decisions.isEmpty() ? null : decisions.get(decisions.size() - 1).path("decision");
    }
}

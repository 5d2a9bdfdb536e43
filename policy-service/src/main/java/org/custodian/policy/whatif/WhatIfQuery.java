package org.custodian.policy.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * What to judge: a raw policy {@code input} (for tooling) or a {@code draft} request by ids, one of the two;
 * and optionally draft dataset terms that replace the live ones for this call.
 */
record WhatIfQuery(JsonNode input, DraftRequest draft, Data data) {

    record Data(Map<String, JsonNode> datasets) {
    }

    Map<String, JsonNode> draftTerms() {
        return data == null || data.datasets() == null ? Map.of() : data.datasets();
    }
}

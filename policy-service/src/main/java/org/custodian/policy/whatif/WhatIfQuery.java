package org.custodian.policy.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A policy input to judge, and optionally draft dataset terms that replace the live ones for this call. */
record WhatIfQuery(JsonNode input, Data data) {

    record Data(Map<String, JsonNode> datasets) {
    }
}

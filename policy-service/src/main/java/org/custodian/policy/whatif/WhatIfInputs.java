package org.custodian.policy.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.HttpStatus;

/**
 * What a raw what-if input must hold for the policy to judge it: a {@code now} (wasm has no clock) and a
 * request naming its datasets. Anything else the policy judges itself.
 */
final class WhatIfInputs {

    static final String INVALID_INPUT = "INVALID_INPUT";

    private WhatIfInputs() {
    }

    static void requireJudgeable(WhatIfQuery query) {
        JsonNode input = query.input();
        if (input == null || !input.isObject()) {
            throw invalid("input", "must be an object");
        }
        if (!input.path("now").isTextual() || !isTimestamp(input.get("now").asText())) {
            throw invalid("input.now", "must be an RFC 3339 date-time, such as 2026-11-22T10:00:00Z");
        }
        if (!input.path("request").isObject()) {
            throw invalid("input.request", "must be an object");
        }
        datasetIds(input);
        requireDraftTerms(query);
    }

    static void requireDraftTerms(WhatIfQuery query) {
        for (Map.Entry<String, JsonNode> terms : query.draftTerms().entrySet()) {
            if (terms.getValue() == null || !terms.getValue().isObject()) {
                throw invalid("data.datasets." + terms.getKey(), "must be an object of terms");
            }
        }
    }

    static List<String> datasetIds(JsonNode input) {
        JsonNode datasets = input.path("request").path("datasets");
        if (!datasets.isArray()) {
            throw invalid("input.request.datasets", "must be an array of dataset ids");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode id : datasets) {
            if (!id.isTextual()) {
                throw invalid("input.request.datasets", "must be an array of dataset ids");
            }
            ids.add(id.asText());
        }
        return ids;
    }

    private static boolean isTimestamp(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static RuleViolation invalid(String field, String why) {
        return new RuleViolation(HttpStatus.BAD_REQUEST, INVALID_INPUT, "Field '" + field + "' " + why + ".");
    }
}

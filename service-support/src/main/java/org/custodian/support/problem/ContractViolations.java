package org.custodian.support.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.EventSchemas;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceEvent;
import org.springframework.http.HttpStatus;

/** Refuses, before anything is stored, an event that its published JSON Schema would reject. */
public final class ContractViolations {

    private ContractViolations() {
    }

    public static void requireValid(GovernanceEvent event, String code) {
        JsonNode json = ContractJson.mapper().valueToTree(event);
        List<String> violations = new ArrayList<>(EventSchemas.violations(EventType.of(event), json));
        if (holdsNul(json)) {
            // PostgreSQL's jsonb and text refuse it, so storing the event would fail as a 500
            violations.add("no text may hold a NUL character (\\u0000)");
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation(HttpStatus.BAD_REQUEST, code, String.join("; ", violations));
        }
    }

    private static boolean holdsNul(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue().indexOf(0) >= 0;
        }
        for (JsonNode child : node) {
            if (holdsNul(child)) {
                return true;
            }
        }
        return false;
    }
}

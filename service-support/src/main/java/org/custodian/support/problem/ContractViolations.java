package org.custodian.support.problem;

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
        List<String> violations = EventSchemas.violations(EventType.of(event), ContractJson.mapper().valueToTree(event));
        if (!violations.isEmpty()) {
            throw new RuleViolation(HttpStatus.BAD_REQUEST, code, String.join("; ", violations));
        }
    }
}

package org.custodian.contracts.decisions;

import java.util.List;

/** The decision document the policy returns for one request (DESIGN §5). */
public record Decision(Outcome outcome, List<Reason> reasons, Obligations obligations, String policyRevision) {

    public Decision {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public List<String> reasonCodes() {
        return reasons.stream().map(Reason::code).toList();
    }
}

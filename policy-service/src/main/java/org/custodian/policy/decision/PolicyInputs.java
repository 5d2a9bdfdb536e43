package org.custodian.policy.decision;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.policy.catalog.Researchers;
import org.springframework.stereotype.Component;

/**
 * Builds the policy input (DESIGN §5) for a submitted request. {@code now} is the submission's event
 * time, never the clock, so replaying the event reproduces the decision.
 */
@Component
public class PolicyInputs {

    private final Researchers researchers;

    PolicyInputs(Researchers researchers) {
        this.researchers = researchers;
    }

    public ObjectNode of(RequestSubmitted submitted, Instant now) {
        ObjectNode input = ContractJson.mapper().createObjectNode();
        input.put("now", now.toString());
        input.set("request", request(submitted));
        input.set("requester", ContractJson.mapper().valueToTree(researchers.requester(submitted.researcherId())));
        return input;
    }

    private static ObjectNode request(RequestSubmitted submitted) {
        ObjectNode wire = ContractJson.mapper().valueToTree(submitted);
        ObjectNode request = ContractJson.mapper().createObjectNode().put("id", submitted.requestId());
        for (String field : new String[] {"datasets", "purpose", "fields", "duration_days", "processing_country",
            "access_mode", "publisher_retention_years"}) {
            request.set(field, wire.get(field));
        }
        return request;
    }
}

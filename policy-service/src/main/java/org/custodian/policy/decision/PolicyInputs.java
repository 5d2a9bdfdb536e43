package org.custodian.policy.decision;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.policy.catalog.Consents;
import org.custodian.policy.catalog.Researchers;
import org.springframework.stereotype.Component;

/**
 * Builds the policy input (DESIGN §5) for a submitted request: the request, its requester's credentials and
 * the consent held for its datasets. {@code now} is the submission's event
 * time, never the clock, so replaying the event reproduces the decision.
 */
@Component
public class PolicyInputs {

    private final Researchers researchers;
    private final Consents consents;

    PolicyInputs(Researchers researchers, Consents consents) {
        this.researchers = researchers;
        this.consents = consents;
    }

    public ObjectNode of(RequestSubmitted submitted, Instant now) {
        ObjectNode input = ContractJson.mapper().createObjectNode();
        input.put("now", now.toString());
        input.set("request", request(submitted));
        input.set("requester", ContractJson.mapper().valueToTree(researchers.requester(submitted.researcherId())));
        input.set("consent", consents.heldFor(submitted.datasets()));
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

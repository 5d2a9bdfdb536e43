package org.custodian.contracts.inbound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.EventSchemas;

/** The outside events Custodian accepts, each with a JSON Schema for its data and a record to read it as. */
public enum InboundType {
    ACCESS_LOGGED("access.logged", AccessLogged.class),
    IRB_EXPIRED("irb.expired", IrbExpired.class),
    CONSENT_WITHDRAWN("consent.withdrawn", ConsentWithdrawn.class),
    RESEARCHER_OFFBOARDED("researcher.offboarded", ResearcherOffboarded.class),
    DSA_SIGNED("dsa.signed", DsaSigned.class);

    private static final String PREFIX = "org.custodian.integration.";

    private final String suffix;
    private final Class<? extends Record> recordType;

    InboundType(String suffix, Class<? extends Record> recordType) {
        this.suffix = suffix;
        this.recordType = recordType;
    }

    /** The CloudEvents type an integration sends, e.g. {@code org.custodian.integration.access.logged.v1}. */
    public String cloudEventType() {
        return PREFIX + suffix + ".v1";
    }

    public String schemaPath() {
        return "schemas/inbound/" + suffix + ".v1.json";
    }

    public List<String> violations(JsonNode data) {
        return EventSchemas.violations(schemaPath(), data);
    }

    private static String pointer(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "/";
        }
        return mapping.getPath().stream()
                .map(step -> "/" + (step.getFieldName() != null ? step.getFieldName() : String.valueOf(step.getIndex())))
                .collect(Collectors.joining());
    }

    public Record read(JsonNode data) {
        try {
            return ContractJson.mapper().treeToValue(data, recordType);
        } catch (JsonProcessingException e) {
            // the schema's "format" is only an annotation: a date-time it lets through may still not parse
            throw new InvalidInboundEventException("SCHEMA_VIOLATION",
                    "Unreadable data for " + cloudEventType() + " at " + pointer(e) + ": " + e.getOriginalMessage());
        }
    }

    public static Optional<InboundType> fromCloudEventType(String type) {
        return Arrays.stream(values()).filter(candidate -> candidate.cloudEventType().equals(type)).findFirst();
    }

    public static List<String> cloudEventTypes() {
        return Arrays.stream(values()).map(InboundType::cloudEventType).toList();
    }
}

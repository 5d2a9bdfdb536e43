package org.custodian.contracts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON form of event data on the wire: snake_case, ISO dates, tolerant of fields added later. */
public final class ContractJson {

    private static final ObjectMapper MAPPER = configure(new ObjectMapper());

    private ContractJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Applies the wire conventions to a mapper a service already owns. */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}

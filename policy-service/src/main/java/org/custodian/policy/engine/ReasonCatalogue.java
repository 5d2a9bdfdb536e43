package org.custodian.policy.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.custodian.contracts.ContractJson;

/** The reason codes clients may meet in a decision, from {@code reason-codes.json}. */
public final class ReasonCatalogue {

    private static final String RESOURCE = "reason-codes.json";

    private final List<ReasonCode> codes;

    ReasonCatalogue(List<ReasonCode> codes) {
        this.codes = List.copyOf(codes);
    }

    static ReasonCatalogue load() {
        try (InputStream in = ReasonCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + RESOURCE + " on the classpath");
            }
            return new ReasonCatalogue(ContractJson.mapper().readValue(in, new TypeReference<List<ReasonCode>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<ReasonCode> codes() {
        return codes;
    }
}

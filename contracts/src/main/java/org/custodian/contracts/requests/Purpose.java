package org.custodian.contracts.requests;

import java.util.List;

/** Why a researcher wants the data, in DUO codes and in words. */
public record Purpose(
        List<String> codes,
        String disease,
        boolean commercial,
        boolean methodsDevelopment,
        boolean populationOrigins,
        String statement) {

    public Purpose {
        codes = codes == null ? List.of() : List.copyOf(codes);
    }
}

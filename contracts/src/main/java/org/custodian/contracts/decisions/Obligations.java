package org.custodian.contracts.decisions;

import java.time.LocalDate;
import java.util.List;

/** What a release must honour: erase-by date, access mode, publication review and more. */
public record Obligations(
        LocalDate eraseBy,
        String accessMode,
        String publicationReview,
        List<String> fields,
        boolean publishResults,
        boolean returnDerivedData,
        LocalDate noPublicationBefore,
        boolean consentedSubsetOnly) {

    public Obligations {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}

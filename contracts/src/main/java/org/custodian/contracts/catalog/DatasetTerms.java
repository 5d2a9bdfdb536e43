package org.custodian.contracts.catalog;

import java.time.LocalDate;
import java.util.List;

/** A dataset's governance terms, shaped as the policy's {@code data.datasets[id]} (DESIGN §5). */
public record DatasetTerms(
        List<String> permittedUses,
        String disease,
        List<String> modifiers,
        List<String> approvedUsers,
        List<String> approvedInstitutions,
        Integer timeLimitDays,
        LocalDate moratoriumUntil,
        Consent consent,
        Integer retentionMaxDays,
        String homeCountry,
        List<String> regimes,
        List<String> processingCountries,
        LocalDate embargoUntil,
        int sensitivity,
        List<String> accessModes,
        List<String> fields,
        String publicationReview,
        String review) {

    public DatasetTerms {
        permittedUses = listOrEmpty(permittedUses);
        modifiers = listOrEmpty(modifiers);
        approvedUsers = listOrEmpty(approvedUsers);
        approvedInstitutions = listOrEmpty(approvedInstitutions);
        regimes = listOrEmpty(regimes);
        processingCountries = processingCountries == null ? null : List.copyOf(processingCountries);
        accessModes = listOrEmpty(accessModes);
        fields = listOrEmpty(fields);
    }

    private static List<String> listOrEmpty(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}

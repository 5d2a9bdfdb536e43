package org.custodian.console.steward;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A dataset and its terms as the steward's form holds them; {@link #body()} is what {@code POST /api/datasets} takes. */
public record DatasetForm(String id, String title, String description, List<String> permittedUses, List<String> modifiers,
                          String consentBasis, Integer retentionMaxDays, String homeCountry, List<String> regimes,
                          Integer sensitivity, List<String> accessModes, String fields, String publicationReview,
                          String review) {

    static DatasetForm blank() {
        return new DatasetForm(null, null, null, List.of(), List.of(), "informed_consent", 365, null, List.of(), 2, List.of(),
                null, "notify", "auto");
    }

    public List<String> getPermittedUses() {
        return orEmpty(permittedUses);
    }

    public List<String> getModifiers() {
        return orEmpty(modifiers);
    }

    public List<String> getRegimes() {
        return orEmpty(regimes);
    }

    public List<String> getAccessModes() {
        return orEmpty(accessModes);
    }

    Map<String, Object> body() {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("permitted_uses", getPermittedUses());
        terms.put("modifiers", getModifiers());
        terms.put("consent", Map.of("basis", consentBasis == null ? "" : consentBasis.strip()));
        terms.put("retention_max_days", retentionMaxDays);
        terms.put("home_country", blankToNull(homeCountry));
        terms.put("regimes", getRegimes());
        terms.put("sensitivity", sensitivity);
        terms.put("access_modes", getAccessModes());
        terms.put("fields", fields == null ? List.of() : Arrays.stream(fields.split("[,\\s]+")).filter(f -> !f.isBlank()).toList());
        terms.put("publication_review", blankToNull(publicationReview));
        terms.put("review", blankToNull(review));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id == null ? "" : id.strip());
        body.put("title", title == null ? "" : title.strip());
        body.put("description", blankToNull(description));
        body.put("terms", terms);
        return body;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

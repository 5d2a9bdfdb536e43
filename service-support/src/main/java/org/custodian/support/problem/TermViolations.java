package org.custodian.support.problem;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.custodian.contracts.vocabulary.TermViolation;
import org.springframework.http.HttpStatus;

/**
 * Refuses, before anything is stored, a value outside the policy's vocabulary: 422 {@code UNKNOWN_TERM}
 * with one error per value naming its field, the value and the values allowed there.
 */
public final class TermViolations extends RuleViolation {

    public static final String CODE = "UNKNOWN_TERM";

    private final List<TermViolation> violations;

    private TermViolations(List<TermViolation> violations) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, CODE,
                violations.stream().map(TermViolation::sentence).collect(Collectors.joining("; ")) + ".");
        this.violations = List.copyOf(violations);
    }

    public static void requireNone(List<TermViolation> violations) {
        if (!violations.isEmpty()) {
            throw new TermViolations(violations);
        }
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", violations.stream()
                .map(v -> Map.of("field", v.field(), "value", v.value(), "allowed", v.allowed()))
                .toList());
    }
}

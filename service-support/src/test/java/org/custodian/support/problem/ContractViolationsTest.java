package org.custodian.support.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.custodian.contracts.catalog.DatasetTerms;
import org.custodian.contracts.catalog.DatasetTermsChanged;
import org.junit.jupiter.api.Test;

/** Found by DatasetTermsFuzzTest: a NUL its schema lets through would make PostgreSQL's jsonb answer 500. */
class ContractViolationsTest {

    @Test
    void aNulAnywhereInTheEventIsRefused() {
        assertThatThrownBy(() -> ContractViolations.requireValid(changed(List.of("s\u0000e")), "INVALID_TERMS"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("INVALID_TERMS");
                })
                .hasMessageContaining("NUL");
    }

    @Test
    void textWithoutNulPasses() {
        assertThatCode(() -> ContractViolations.requireValid(changed(List.of("secure_enclave")), "INVALID_TERMS"))
                .doesNotThrowAnyException();
    }

    private static DatasetTermsChanged changed(List<String> accessModes) {
        return new DatasetTermsChanged("ds-1", 2, new DatasetTerms(List.of("DUO:0000042"), null, null, null, null, 365,
                null, null, null, "DE", null, null, null, 2, accessModes, null, null, null));
    }
}

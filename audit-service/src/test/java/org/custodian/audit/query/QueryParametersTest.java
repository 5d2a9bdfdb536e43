package org.custodian.audit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.custodian.support.problem.RuleViolation;
import org.junit.jupiter.api.Test;

/** What the fuzz test found: values PostgreSQL cannot take are a 400, not a 500 from the database. */
class QueryParametersTest {

    @Test
    void aNulInAnIdentifierIsRefused() {
        assertThatThrownBy(() -> QueryParameters.id("subject", "REQ-1\u0000"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("INVALID_QUERY"))
                .hasMessage("subject must not contain control characters.");
    }

    @Test
    void anInstantBeyondFourDigitYearsIsRefused() {
        assertThatThrownBy(() -> QueryParameters.instant("from", "+999999999-12-31T23:59:59Z"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("INVALID_QUERY"))
                .hasMessage("from must lie in the years 0001 to 9999.");
        assertThatThrownBy(() -> QueryParameters.instant("to", "-000001-01-01T00:00:00Z")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void ordinaryValuesStillRead() {
        assertThat(QueryParameters.id("subject", "REQ-1")).isEqualTo("REQ-1");
        assertThat(QueryParameters.instant("from", "9999-12-31T23:59:59Z")).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
        assertThat(QueryParameters.instant("from", "2026-11-22")).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
    }
}

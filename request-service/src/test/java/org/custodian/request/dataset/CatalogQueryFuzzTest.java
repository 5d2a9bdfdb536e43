package org.custodian.request.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.custodian.support.problem.RuleViolation;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The catalog's search parameters as anyone may send them: a query within the page limits whose
 * text PostgreSQL can compare (no NUL), or a 400 whose code names the parameter.
 */
class CatalogQueryFuzzTest {

    @FuzzTest(maxDuration = "5s")
    @DictionaryEntries({"duo", "access_mode", "country", "q", "limit", "cursor", "DUO:0000042", "secure_enclave"})
    void readsOrRefuses(FuzzedDataProvider data) {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        int count = data.consumeInt(0, 8);
        for (int i = 0; i < count; i++) {
            parameters.add(data.consumeString(16), data.consumeString(240));
        }
        try {
            CatalogQuery query = CatalogQuery.of(parameters);
            assertThat(query.limit()).isBetween(1, CatalogQuery.MAX_LIMIT);
            assertThat(String.valueOf(query.q()) + query.cursor() + query.country() + query.accessMode() + query.duo())
                    .doesNotContain("\u0000");
        } catch (RuleViolation refused) {
            assertThat(refused.status().value()).isEqualTo(400);
            assertThat(refused.code()).matches("UNKNOWN_PARAMETER|INVALID_[A-Z_]+");
        }
    }
}

package org.custodian.request.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import java.io.IOException;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.catalog.DatasetTerms;
import org.custodian.contracts.catalog.DatasetTermsChanged;
import org.custodian.support.problem.ContractViolations;
import org.custodian.support.problem.RuleViolation;

/**
 * A steward's terms body, read as {@code PUT /api/datasets/{id}/terms} reads it: unreadable JSON is
 * Spring's 400 MALFORMED_BODY, terms the contract refuses are 400 INVALID_TERMS, and terms it takes
 * are storable (the catalog keeps them as jsonb, which holds no NUL).
 */
class DatasetTermsFuzzTest {

    // as the services' spring.jackson settings configure the MVC mapper
    private static final ObjectMapper BODY = ContractJson.configure(new ObjectMapper())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    @FuzzTest(maxDuration = "5s")
    @DictionaryEntries({"\"permitted_uses\"", "\"DUO:0000042\"", "\"disease\"", "\"modifiers\"", "\"approved_users\"",
            "\"time_limit_days\"", "\"moratorium_until\"", "\"2027-01-01\"", "\"consent\"", "\"retention_max_days\"",
            "\"home_country\"", "\"regimes\"", "\"GDPR\"", "\"processing_countries\"", "\"embargo_until\"",
            "\"sensitivity\"", "\"access_modes\"", "\"secure_enclave\"", "\"fields\"", "\"publication_review\"",
            "\"review\"", "\\u0000"})
    void readsOrRefuses(byte[] body) throws IOException {
        DatasetTerms terms;
        try {
            terms = BODY.readValue(body, DatasetTerms.class);
        } catch (InvalidDefinitionException e) {
            throw e; // Spring answers a mapping definition error with 500
        } catch (IOException e) {
            return; // Spring's HttpMessageNotReadableException, for a parse or an I/O error alike: 400
        }
        if (terms == null) {
            return; // an empty or null body: Spring's 400 "required request body is missing"
        }
        try {
            ContractViolations.requireValid(new DatasetTermsChanged("ds-1", 2, terms), "INVALID_TERMS");
        } catch (RuleViolation refused) {
            assertThat(refused.status().value()).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("INVALID_TERMS");
            return;
        }
        assertThat(ContractJson.mapper().writeValueAsString(terms)).doesNotContain("\\u0000");
    }
}

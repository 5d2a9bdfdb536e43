package org.custodian.contracts.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.custodian.contracts.ContractJson;
import org.junit.jupiter.api.Test;

/** The vocabulary read from the policy's tables, and what it refuses in terms and requests. */
class VocabularyTest {

    private final Vocabulary vocabulary = Vocabulary.standard();

    @Test
    void theTablesAreThePolicysOwn() {
        assertThat(vocabulary.tables().get("duo_permissions").codes())
                .containsExactlyInAnyOrder("DUO:0000004", "DUO:0000042", "DUO:0000006", "DUO:0000007", "DUO:0000011");
        assertThat(vocabulary.tables().get("duo_modifiers").codes()).hasSize(15).contains("DUO:0000046", "DUO:0000021");
        assertThat(vocabulary.tables().get("regimes").codes()).containsExactly("GDPR", "FERPA");
        assertThat(vocabulary.tables().get("access_modes").codes()).containsExactly("download", "secure_enclave", "aggregate_api");
        assertThat(vocabulary.tables().get("countries").codes()).hasSize(249).contains("DE", "GB", "IN").doesNotContain("UK", "EU");
    }

    @Test
    void termsWithinTheVocabularyPass() {
        assertThat(vocabulary.checkTerms(json("""
                {"permitted_uses": ["DUO:0000006"], "modifiers": ["DUO:0000046"], "regimes": ["GDPR", "FERPA"],
                 "access_modes": ["download"], "home_country": "DE", "processing_countries": ["DE", "FR"]}"""), ""))
                .isEmpty();
        assertThat(vocabulary.checkTerms(json("{\"home_country\": null, \"processing_countries\": null}"), "")).isEmpty();
    }

    @Test
    void everyValueOutsideTheVocabularyIsNamedWithItsFieldAndTheAllowedValues() {
        var found = vocabulary.checkTerms(json("""
                {"permitted_uses": ["DUO:0000046"], "modifiers": ["DUO:9999999"], "regimes": ["GDPR", "gdpr"],
                 "access_modes": ["ftp"], "home_country": "de", "processing_countries": ["DE", "XX"]}"""), "terms.");

        assertThat(found).extracting(TermViolation::field).containsExactly("terms.permitted_uses[0]", "terms.modifiers[0]",
                "terms.regimes[1]", "terms.access_modes[0]", "terms.home_country", "terms.processing_countries[1]");
        assertThat(found.get(2)).isEqualTo(new TermViolation("terms.regimes[1]", "gdpr", "a legal regime the policy enforces",
                List.of("GDPR", "FERPA")));
        assertThat(found.get(2).sentence())
                .isEqualTo("\"gdpr\" in terms.regimes[1] is not a legal regime the policy enforces (allowed: GDPR, FERPA)");
        assertThat(found.get(4).allowed()).hasSize(249);
    }

    @Test
    void aRequestIsCheckedForPurposeCountryAccessModeAndFields() {
        JsonNode request = json("""
                {"purpose": {"codes": ["DUO:0000006", "DUO:0000046"]}, "processing_country": "de",
                 "access_mode": "ftp", "fields": ["hba1c", "ssn"]}""");

        assertThat(vocabulary.checkRequest(request, "", Set.of("hba1c", "age_band")))
                .extracting(TermViolation::field, TermViolation::value)
                .containsExactly(tuple("purpose.codes[1]", "DUO:0000046"),
                        tuple("processing_country", "de"),
                        tuple("access_mode", "ftp"),
                        tuple("fields[1]", "ssn"));
        assertThat(vocabulary.checkRequest(request, "", null)).hasSize(3);
    }

    @Test
    void aResearchersCountryIsAnIsoCodeTheCountriesTableKnows() {
        assertThat(vocabulary.checkResearcher(json("{\"country\": \"DE\"}"), "")).isEmpty();
        assertThat(vocabulary.checkResearcher(json("{\"country\": \"XX\"}"), ""))
                .extracting(TermViolation::field, TermViolation::value).containsExactly(tuple("country", "XX"));
        assertThat(vocabulary.checkResearcher(json("{\"country\": \"de\"}"), "researcher."))
                .extracting(TermViolation::field).containsExactly("researcher.country");
        assertThat(vocabulary.tables().get("countries").fields()).contains("country");
    }

    @Test
    void aValueThatIsNotTextIsOutsideTheVocabulary() {
        assertThat(vocabulary.checkTerms(json("{\"regimes\": [7]}"), "")).extracting(TermViolation::value).containsExactly("7");
    }

    private static JsonNode json(String text) {
        try {
            return ContractJson.mapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

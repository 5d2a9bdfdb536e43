package org.custodian.policy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/**
 * One vocabulary (docs/adr/006-vocabulary.md): the tables the services validate against (packaged into
 * contracts from the Rego's directory) are the ones beside the Rego and the ones in the shipped bundle.
 */
class VocabularyTablesTest {

    @ParameterizedTest
    @ValueSource(strings = {"duo", "vocabulary"})
    void theServicesValidateAgainstTheTablesThePolicyReads(String table) throws IOException {
        JsonNode besideTheRego = ContractJson.mapper().readTree(Files.readAllBytes(Path.of("src/main/rego", table + ".json")));
        JsonNode inContracts = ContractJson.mapper().readTree(
                new ClassPathResource("org/custodian/contracts/vocabulary/" + table + ".json").getContentAsByteArray());
        JsonNode inTheBundle = ContractJson.mapper().readTree(new ClassPathResource("policy/data.json").getContentAsByteArray());

        assertThat(inContracts).isEqualTo(besideTheRego);
        assertThat(inTheBundle.get(table)).isEqualTo(besideTheRego.get(table));
    }

    /** A regime known but read by no rule would be accepted and then ignored: the failure this vocabulary prevents. */
    @Test
    void everyRegimeOfTheVocabularyIsReadByARule() throws IOException {
        String rules = Files.readString(Path.of("src/main/rego/jurisdiction.rego"));

        assertThat(Vocabulary.standard().tables().get("regimes").codes()).isNotEmpty()
                .allSatisfy(regime -> assertThat(rules).contains("\"" + regime + "\" in list(ds, \"regimes\")"));
    }
}

package org.custodian.request.dataset;

import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custodian.contracts.vocabulary.TermTable;
import org.custodian.contracts.vocabulary.Vocabulary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The values dataset terms, committees and requests may hold, for clients to build forms from; any role
 * may read it.
 */
@RestController
class VocabularyController {

    @Operation(summary = "The policy's vocabulary: DUO permissions and modifiers, regimes, access modes, countries, "
            + "and committees' voting rules, with the fields holding each")
    @GetMapping("/api/vocabulary")
    Map<String, TermTable> vocabulary() {
        Map<String, TermTable> tables = new LinkedHashMap<>(Vocabulary.standard().tables());
        tables.put("voting_rules", CommitteeBody.VOTING_RULES);
        return tables;
    }
}

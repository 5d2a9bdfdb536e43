package org.custodian.audit.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodian.audit.AuditServiceIntegration;
import org.custodian.contracts.catalog.IrbApproval;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.junit.jupiter.api.Test;

/**
 * A CSV export is opened in spreadsheets: a value that arrived in an event and would start a cell
 * with a formula (OWASP CSV injection) reaches the export quoted and prefixed with a single quote.
 */
class CsvInjectionIT extends AuditServiceIntegration {

    @Test
    void aFormulaThatTravelledInAnEventIsNeutralisedInEveryCellItStarts() {
        String formula = "=HYPERLINK(\"http://x/" + UUID.randomUUID() + "\",\"y\")";
        publish(new ResearcherRegistered(formula, formula, "Uni", "DE", false, true, true, false, false,
                List.of(new IrbApproval("IRB-7", LocalDate.parse("2027-11-22"))), null, null), "@SUM(1+1)", "-2+3");
        String query = "subject=" + URLEncoder.encode(formula, StandardCharsets.UTF_8);
        awaitEntries(URLEncoder.encode(formula, StandardCharsets.UTF_8), 1);

        String csv = get("/api/audit/entries?" + query, COMPLIANCE, "text/csv").body();

        String record = csv.lines().skip(1).findFirst().orElseThrow();
        String quoted = "\"'" + formula.replace("\"", "\"\"") + "\"";
        assertThat(record).contains("," + quoted + ",\"'@SUM(1+1)\",\"'-2+3\",")
                .doesNotContain("," + formula.replace("\"", "\"\"") + ",");
        // inside the data cell the name starts nothing: the cell starts with {
        assertThat(record).endsWith("}\"").contains("\"\"name\"\":\"\"" + formula.replace("\"", "\\\"\""));
    }

    @Test
    void tabsCarriageReturnsAndPlusSignsAreNeutralisedAndOrdinaryTextIsNot() {
        assertThat(CsvLine.field("\tcmd")).isEqualTo("\"'\tcmd\"");
        assertThat(CsvLine.field("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(CsvLine.field("+1")).isEqualTo("\"'+1\"");
        assertThat(CsvLine.field("sam-steward")).isEqualTo("sam-steward");
        assertThat(CsvLine.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvLine.field("")).isEmpty();
    }
}

package org.custodian.policy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.custodian.contracts.ContractJson;
import org.junit.jupiter.api.Test;

/** The calendar facts sent with the input are the values the Rego would compute, and only those. */
class PolicyCalendarTest {

    private static final long TODAY = LocalDate.parse("2026-11-22").toEpochDay();

    @Test
    void givesTodayTheDatesTheRulesReadAndEachPossibleEraseByDate() {
        JsonNode calendar = PolicyCalendar.facts(input("2026-11-22T10:00:00Z", 365, 0), datasets(1095, "2026-12-01"));

        assertThat(calendar.get("today").asLong()).isEqualTo(TODAY);
        assertThat(calendar.at("/day_numbers/2028-06-30").asLong()).isEqualTo(LocalDate.parse("2028-06-30").toEpochDay());
        assertThat(calendar.at("/day_numbers/2026-12-01").asLong()).isEqualTo(LocalDate.parse("2026-12-01").toEpochDay());
        assertThat(calendar.get("dates").toString()).isEqualTo("[[" + (TODAY + 365) + ",\"2027-11-22\"],["
                + (TODAY + 1095) + ",\"2029-11-21\"]]");
        assertThat(calendar.get("years_later")).isEmpty();
    }

    @Test
    void readsNowAsItsOwnCalendarDate() {
        JsonNode calendar = PolicyCalendar.facts(input("2026-11-22t23:30:00.5-05:00", 365, 0), datasets(null, null));

        assertThat(calendar.get("today").asLong()).isEqualTo(TODAY);
    }

    @Test
    void givesNoTodayForANowTheRegoWouldRefuse() {
        for (String now : new String[] {"2026-11-22T10:00Z", "2026-02-30T10:00:00Z", "0000-06-01T10:00:00Z",
            "2026-11-22T10:00:00+05:00:30", "+12026-11-22T10:00:00Z"}) {
            JsonNode calendar = PolicyCalendar.facts(input(now, 365, 0), datasets(1095, null));

            assertThat(calendar.has("today")).as(now).isFalse();
            assertThat(calendar.has("dates")).as(now).isFalse();
        }
    }

    @Test
    void leavesOutDatesThatAreNotRealAndDayCountsThatAreNotWhole() {
        ObjectNode datasets = datasets(null, "2026-02-29");
        ((ObjectNode) datasets.get("ds-1")).put("moratorium_until", "after the trial").put("retention_max_days", 365.5)
                .put("time_limit_days", 30.0);

        JsonNode calendar = PolicyCalendar.facts(input("2026-11-22T10:00:00Z", 365, 0), datasets);

        assertThat(calendar.get("day_numbers").has("2026-02-29")).isFalse();
        assertThat(calendar.get("day_numbers").has("after the trial")).isFalse();
        assertThat(calendar.get("dates").toString()).isEqualTo("[[" + (TODAY + 30) + ",\"2026-12-22\"],["
                + (TODAY + 365) + ",\"2027-11-22\"]]");
    }

    @Test
    void countsAPublishersYearsFromALeapDayTo28February() {
        JsonNode calendar = PolicyCalendar.facts(input("2024-02-29T10:00:00Z", 365, 1), datasets(null, null));

        assertThat(calendar.get("years_later").toString())
                .isEqualTo("[[1," + LocalDate.parse("2025-02-28").toEpochDay() + "]]");
    }

    @Test
    void annotatesACopyReplacingAnyCalendarTheCallerSent() {
        ObjectNode input = input("2026-11-22T10:00:00Z", 365, 0);
        input.putObject("calendar").put("today", 1);

        JsonNode annotated = PolicyCalendar.annotate(input, datasets(null, null));

        assertThat(annotated.at("/calendar/today").asLong()).isEqualTo(TODAY);
        assertThat(input.at("/calendar/today").asLong()).isEqualTo(1);
        assertThat(PolicyCalendar.annotate(ContractJson.mapper().getNodeFactory().textNode("x"), datasets(null, null)).asText())
                .isEqualTo("x");
    }

    @Test
    void writesDatesAsTheRegoDoes() {
        assertThat(PolicyCalendar.text(LocalDate.of(999, 1, 9))).isEqualTo("0999-01-09");
        assertThat(PolicyCalendar.text(LocalDate.of(10000, 1, 1))).isEqualTo("10000-01-01");
    }

    private static ObjectNode input(String now, int durationDays, int publisherYears) {
        ObjectNode input = ContractJson.mapper().createObjectNode().put("now", now);
        input.putObject("request").put("duration_days", durationDays).put("publisher_retention_years", publisherYears);
        input.putObject("requester").putObject("irb").put("expires", "2028-06-30");
        return input;
    }

    private static ObjectNode datasets(Integer retentionDays, String embargoUntil) {
        ObjectNode datasets = ContractJson.mapper().createObjectNode();
        ObjectNode terms = datasets.putObject("ds-1");
        terms.put("retention_max_days", retentionDays).putNull("time_limit_days").put("embargo_until", embargoUntil)
                .putNull("moratorium_until");
        return datasets;
    }
}

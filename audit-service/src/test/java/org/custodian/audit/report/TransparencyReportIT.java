package org.custodian.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import org.custodian.audit.AuditServiceIntegration;
import org.custodian.contracts.Topic;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report from events that went through the broker and the log. They happen in March 2001, a
 * month no other test touches, so the counts are exactly these.
 */
class TransparencyReportIT extends AuditServiceIntegration {

    private static final String MARCH = "/api/reports/transparency?from=2001-03-01&to=2001-04-01";

    @Test
    void aMonthIsCountedFromItsLoggedEvents() {
        String approved = newSubject("req");
        String rejected = newSubject("req");
        event(Topic.REQUESTS, "request.submitted", approved, "{\"researcher_id\": \"r-a\"}", "2001-03-02T10:00:00Z");
        event(Topic.REQUESTS, "request.approved", approved, "{}", "2001-03-02T12:00:00Z");
        event(Topic.RELEASES, "release.issued", approved,
                "{\"release_id\": \"rel-1\", \"researcher_id\": \"r-a\", \"erase_by\": \"2001-03-20\"}", "2001-03-03T00:00:00Z");
        event(Topic.RELEASES, "erasure.certified", approved, "{\"release_id\": \"rel-1\"}", "2001-03-19T00:00:00Z");
        event(Topic.REQUESTS, "request.submitted", rejected, "{\"researcher_id\": \"r-b\"}", "2001-03-05T10:00:00Z");
        event(Topic.REQUESTS, "request.rejected", rejected,
                "{\"reasons\": [{\"code\": \"RETENTION_EXCEEDED\"}, {\"code\": \"DSA_NOT_SIGNED\"}]}", "2001-03-05T10:00:10Z");
        awaitEntries(approved, 4);
        awaitEntries(rejected, 2);

        HttpApi.Response response = api.get(MARCH, COMPLIANCE);

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.at("/from").asText()).isEqualTo("2001-03-01T00:00:00Z");
        assertThat(report.at("/requests").asLong()).isEqualTo(2);
        assertThat(report.at("/approvals").asLong()).isEqualTo(1);
        assertThat(report.at("/denials").asLong()).isEqualTo(1);
        assertThat(report.at("/denials_by_reason/RETENTION_EXCEEDED").asLong()).isEqualTo(1);
        assertThat(report.at("/denials_by_reason/DSA_NOT_SIGNED").asLong()).isEqualTo(1);
        assertThat(report.at("/time_to_decision/decided").asLong()).isEqualTo(2);
        assertThat(report.at("/time_to_decision/median_seconds").asLong()).isEqualTo(10);
        assertThat(report.at("/time_to_decision/p90_seconds").asLong()).isEqualTo(7200);
        assertThat(report.at("/active_releases").asLong()).isZero();
        assertThat(report.at("/erasures/on_time").asLong()).isEqualTo(1);
        assertThat(report.at("/erasures/late").asLong()).isZero();
        assertThat(report.at("/researchers_with_access").asLong()).isEqualTo(1);
        JsonNode february = api.get("/api/reports/transparency?from=2001-02-01&to=2001-03-01", COMPLIANCE).json();
        assertThat(february.at("/requests").asLong()).isZero();
    }

    @Test
    void onlyComplianceReadsReports() {
        assertThat(api.get(MARCH, null).status()).isEqualTo(401);
        assertThat(api.get(MARCH, TestTokens.expiredToken("cora", "compliance")).status()).isEqualTo(401);
        HttpApi.Response forbidden = api.get(MARCH, TestTokens.token("x", "researcher", "reviewer", "steward", "integration"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get(MARCH, TestTokens.token("ada", "admin")).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=March", "to=2001-02-30", "from=2001-04-01&to=2001-03-01", "from=2001-03-01&to=2001-03-01",
        "from=2001-03-01T00:00", "from=1&from=2"})
    void badWindowsAreRefusedAndChangeNothing(String query) {
        long entries = entryCount();

        HttpApi.Response response = api.get("/api/reports/transparency?" + query, COMPLIANCE);

        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo("INVALID_QUERY");
        assertThat(entryCount()).isEqualTo(entries);
    }

    private void event(Topic topic, String suffix, String subject, String json, String at) {
        publishRaw(topic, suffix, subject, "someone", json, OffsetDateTime.parse(at));
    }
}

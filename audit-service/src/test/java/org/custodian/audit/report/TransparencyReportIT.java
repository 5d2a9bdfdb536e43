package org.custodian.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import static org.custodian.audit.report.ReportEvents.approved;
import static org.custodian.audit.report.ReportEvents.certified;
import static org.custodian.audit.report.ReportEvents.expired;
import static org.custodian.audit.report.ReportEvents.issued;
import static org.custodian.audit.report.ReportEvents.manuscript;
import static org.custodian.audit.report.ReportEvents.overdue;
import static org.custodian.audit.report.ReportEvents.refused;
import static org.custodian.audit.report.ReportEvents.rejected;
import static org.custodian.audit.report.ReportEvents.researcher;
import static org.custodian.audit.report.ReportEvents.reviewed;
import static org.custodian.audit.report.ReportEvents.revoked;
import static org.custodian.audit.report.ReportEvents.submitted;
import static org.custodian.audit.report.ReportEvents.withdrawn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.custodian.audit.AuditServiceIntegration;
import org.custodian.contracts.EventMetadata;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.Topic;
import org.custodian.contracts.requests.ManuscriptOutcome;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report from a month of events as the services publish them (their contract records, through the broker
 * and the log). They happen in early 2001, months no other test touches, so the counts are exactly these.
 */
class TransparencyReportIT extends AuditServiceIntegration {

    private static final String MARCH = "/api/reports/transparency?from=2001-03-01&to=2001-04-01";

    private static boolean published;
    private static String de;
    private static String fr;
    private static String us;

    /** Researchers of three member states, their requests, releases and manuscripts, from January to March 2001. */
    @BeforeEach
    void aQuarterOfGovernance() {
        if (published) {
            return;
        }
        published = true;
        de = newSubject("r-de");
        fr = newSubject("r-fr");
        us = newSubject("r-us");
        // The member state is the one known when a request is submitted: the registrations are logged first.
        at(researcher(de, "DE"), "steward", "2000-12-01T00:00:00Z");
        at(researcher(fr, "FR"), "steward", "2000-12-01T00:00:00Z");
        at(researcher(us, "US"), "steward", "2000-12-01T00:00:00Z");
        awaitEntries(us, 1);
        awaitEntries(fr, 1);
        awaitEntries(de, 1);

        // G: approved in January, released, revoked in March.
        String g = request(de, "2001-01-10T00:00:00Z");
        at(approved(g, de), "sam-steward", "2001-01-11T00:00:00Z");
        at(issued(g, "rel-" + g, de, "2001-12-31"), "release-service", "2001-01-12T00:00:00Z");
        at(revoked(g, "rel-" + g, instant("2001-03-25T00:00:00Z")), "sam-steward", "2001-03-25T00:00:00Z");
        // H: released in January, expired on 1 March at noon, escalated as overdue, erased late.
        String h = request(fr, "2001-01-15T00:00:00Z");
        at(approved(h, fr), "sam-steward", "2001-01-16T00:00:00Z");
        at(issued(h, "rel-" + h, fr, "2001-03-05"), "release-service", "2001-01-17T00:00:00Z");
        at(expired(h, "rel-" + h, instant("2001-03-01T12:00:00Z")), "release-service", "2001-03-01T12:00:00Z");
        at(overdue(h, "rel-" + h, fr, "2001-03-05", instant("2001-03-07T00:00:00Z")), "release-service", "2001-03-07T00:00:00Z");
        at(certified(h, "rel-" + h, fr, instant("2001-03-09T00:00:00Z")), fr, "2001-03-09T00:00:00Z");
        // C: submitted in February, approved in March after 9.5 days, but release-service refused to release it.
        String c = request(fr, "2001-02-20T00:00:00Z");
        at(approved(c, fr), "rita-reviewer", "2001-03-01T12:00:00Z");
        at(refused(c, fr), "release-service", "2001-03-01T12:00:01Z");
        // A: approved after 2 h, released, two manuscripts cleared for publication and one sent back, erased on time.
        String a = request(de, "2001-03-02T10:00:00Z");
        at(approved(a, de), "sam-steward", "2001-03-02T12:00:00Z");
        at(issued(a, "rel-" + a, de, "2001-03-20"), "release-service", "2001-03-03T00:00:00Z");
        at(manuscript("ms-1-" + a, "rel-" + a, a, de, "approval"), de, "2001-03-10T00:00:00Z");
        at(reviewed("ms-1-" + a, "rel-" + a, de, ManuscriptOutcome.APPROVED), "rita-reviewer", "2001-03-12T00:00:00Z");
        at(manuscript("ms-2-" + a, "rel-" + a, a, de, "notify"), de, "2001-03-13T00:00:00Z");
        at(reviewed("ms-2-" + a, "rel-" + a, de, ManuscriptOutcome.ACKNOWLEDGED), "request-service", "2001-03-13T00:00:00Z");
        at(manuscript("ms-3-" + a, "rel-" + a, a, de, "approval"), de, "2001-03-14T00:00:00Z");
        at(reviewed("ms-3-" + a, "rel-" + a, de, ManuscriptOutcome.CHANGES_REQUIRED), "rita-reviewer", "2001-03-15T00:00:00Z");
        at(certified(a, "rel-" + a, de, instant("2001-03-19T00:00:00Z")), de, "2001-03-19T00:00:00Z");
        // B: denied by the policy after 10 s; its decision also listed the review reasons it found.
        String b = request(de, "2001-03-05T10:00:00Z");
        at(rejected(b, "RETENTION_EXCEEDED", "DSA_NOT_SIGNED", "COMMITTEE_REVIEW_REQUIRED", "TRANSFER_REQUIRES_SAFEGUARDS"),
                "policy-service", "2001-03-05T10:00:10Z");
        // D: rejected by the committee after 7 days.
        String d = request(fr, "2001-03-08T00:00:00Z");
        at(rejected(d, "REVIEW_REJECTED"), "rita-reviewer", "2001-03-15T00:00:00Z");
        // I: approved after a day and released, still active at the end of March.
        String i = request(us, "2001-03-03T00:00:00Z");
        at(approved(i, us), "sam-steward", "2001-03-04T00:00:00Z");
        at(issued(i, "rel-" + i, us, "2001-06-30"), "release-service", "2001-03-04T00:00:01Z");
        // E: still pending; F: withdrawn.
        String e = request(us, "2001-03-20T00:00:00Z");
        String f = request(us, "2001-03-21T00:00:00Z");
        at(withdrawn(f), us, "2001-03-22T00:00:00Z");
        // An approval whose data is not the contract's record: counted as unreadable, not as an approval.
        String junk = newSubject("req");
        publishRaw(Topic.REQUESTS, "request.approved", junk, "someone", "{}", OffsetDateTime.parse("2001-03-28T00:00:00Z"));

        awaitEntries(g, 4);
        awaitEntries(h, 6);
        awaitEntries(c, 3);
        awaitEntries(a, 4);
        awaitEntries(b, 2);
        awaitEntries(d, 2);
        awaitEntries(i, 3);
        awaitEntries(e, 1);
        awaitEntries(f, 2);
        awaitEntries("ms-3-" + a, 2);
        awaitEntries("ms-2-" + a, 2);
        awaitEntries("ms-1-" + a, 2);
        awaitEntries(junk, 1);
    }

    @Test
    void aMonthIsCountedEachFigureFromItsOwnEvent() {
        HttpApi.Response response = api.get(MARCH, COMPLIANCE);

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.at("/from").asText()).isEqualTo("2001-03-01T00:00:00Z");
        assertThat(report.at("/to").asText()).isEqualTo("2001-04-01T00:00:00Z");
        assertThat(report.at("/requests").asLong()).isEqualTo(6);
        assertThat(report.at("/approvals").asLong()).isEqualTo(3);
        assertThat(report.at("/denials").asLong()).isEqualTo(2);
        assertThat(report.at("/withdrawals").asLong()).isEqualTo(1);
        assertThat(report.at("/denials_by_reason")).isEqualTo(json(
                "{\"DSA_NOT_SIGNED\": 1, \"RETENTION_EXCEEDED\": 1, \"REVIEW_REJECTED\": 1}"));
        // 10 s (B), 2 h (A), 1 day (I), 7 days (D), 9.5 days (C)
        assertThat(report.at("/time_to_decision")).isEqualTo(json(
                "{\"decided\": 5, \"median_seconds\": 86400, \"p90_seconds\": 820800}"));
        assertThat(report.at("/releases")).isEqualTo(json("{\"issued\": 2, \"refused\": 1, \"revoked\": 1, \"expired\": 1}"));
        assertThat(report.at("/active_releases").asLong()).isEqualTo(1);
        assertThat(report.at("/erasures")).isEqualTo(json("{\"on_time\": 1, \"late\": 1, \"overdue\": 1}"));
        assertThat(report.at("/researchers_with_access").asLong()).isEqualTo(3);
        assertThat(report.at("/unreadable_events").asLong()).isEqualTo(1);
    }

    @Test
    void theCodeOfPracticeTableCountsApplicationsPerMonthAndMemberState() {
        JsonNode march = api.get(MARCH, COMPLIANCE).json();
        JsonNode february = api.get("/api/reports/transparency?from=2001-02-01&to=2001-03-01", COMPLIANCE).json();

        assertThat(march.at("/code_of_practice")).isEqualTo(json("""
                [{"month": "2001-03", "member_state": "DE", "received": 2, "approved": 1, "rejected": 1,
                  "rejected_by_reason": {"DSA_NOT_SIGNED": 1, "RETENTION_EXCEEDED": 1}, "pending": 0, "median_days_to_decision": 0.0},
                 {"month": "2001-03", "member_state": "FR", "received": 1, "approved": 1, "rejected": 1,
                  "rejected_by_reason": {"REVIEW_REJECTED": 1}, "pending": 0, "median_days_to_decision": 7.0},
                 {"month": "2001-03", "member_state": "US", "received": 3, "approved": 1, "rejected": 0,
                  "rejected_by_reason": {}, "pending": 1, "median_days_to_decision": 1.0}]"""));
        assertThat(february.at("/code_of_practice")).isEqualTo(json("""
                [{"month": "2001-02", "member_state": "FR", "received": 1, "approved": 0, "rejected": 0,
                  "rejected_by_reason": {}, "pending": 1, "median_days_to_decision": null}]"""));
        assertThat(february.at("/requests").asLong()).isEqualTo(1);
        assertThat(february.at("/approvals").asLong()).isZero();
    }

    @Test
    void theProgrammeTableCountsRequestsApprovalsAndPublications() {
        JsonNode quarter = api.get("/api/reports/transparency?from=2001-01-01&to=2001-04-01", COMPLIANCE).json();

        assertThat(quarter.at("/programme")).isEqualTo(json("""
                [{"month": "2001-01", "requests": 2, "approvals": 2, "publications": 0},
                 {"month": "2001-02", "requests": 1, "approvals": 0, "publications": 0},
                 {"month": "2001-03", "requests": 6, "approvals": 3, "publications": 2}]"""));
    }

    @Test
    void eachTableIsServedAsCsv() {
        HttpResponse<String> codeOfPractice = get("/api/reports/transparency/code-of-practice.csv?from=2001-03-01&to=2001-04-01",
                COMPLIANCE, "text/csv");
        HttpResponse<String> programme = get("/api/reports/transparency/programme.csv?from=2001-03-01&to=2001-04-01",
                COMPLIANCE, "*/*");
        HttpResponse<String> reasons = get("/api/reports/transparency/denials-by-reason.csv?from=2001-03-01&to=2001-04-01",
                COMPLIANCE, "text/csv");
        HttpResponse<String> summary = get("/api/reports/transparency/summary.csv?from=2001-03-01&to=2001-04-01",
                COMPLIANCE, "text/csv");

        assertThat(codeOfPractice.statusCode()).as(codeOfPractice.body()).isEqualTo(200);
        assertThat(codeOfPractice.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(codeOfPractice.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).contains("transparency-code-of-practice.csv"));
        assertThat(codeOfPractice.body()).isEqualTo(String.join("\r\n",
                "month,member_state,received,approved,rejected,rejected_by_reason,pending,median_days_to_decision",
                "2001-03,DE,2,1,1,DSA_NOT_SIGNED=1;RETENTION_EXCEEDED=1,0,0.0",
                "2001-03,FR,1,1,1,REVIEW_REJECTED=1,0,7.0",
                "2001-03,US,3,1,0,,1,1.0", ""));
        assertThat(programme.body()).isEqualTo("month,requests,approvals,publications\r\n2001-03,6,3,2\r\n");
        assertThat(reasons.body()).isEqualTo("reason,denials\r\nDSA_NOT_SIGNED,1\r\nRETENTION_EXCEEDED,1\r\nREVIEW_REJECTED,1\r\n");
        assertThat(summary.body().split("\r\n")).containsExactly(
                "from,to,requests,approvals,denials,withdrawals,decided,median_seconds_to_decision,p90_seconds_to_decision,"
                        + "releases_issued,releases_refused,releases_revoked,releases_expired,active_releases,erasures_on_time,"
                        + "erasures_late,erasures_overdue,researchers_with_access,unreadable_events",
                "2001-03-01T00:00:00Z,2001-04-01T00:00:00Z,6,3,2,1,5,86400,820800,2,1,1,1,1,1,1,1,3,1");
    }

    @Test
    void anUnknownTableIsNotFoundAndOnlyComplianceReadsTables() {
        HttpApi.Response unknown = api.get("/api/reports/transparency/approvals.csv", COMPLIANCE);
        HttpApi.Response researcher = api.get("/api/reports/transparency/summary.csv", TestTokens.token("r", "researcher"));
        HttpApi.Response badWindow = api.get("/api/reports/transparency/summary.csv?from=March", COMPLIANCE);

        assertThat(unknown.status()).as(unknown.raw()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknown.json().at("/code").asText()).isEqualTo("REPORT_TABLE_NOT_FOUND");
        assertThat(researcher.status()).isEqualTo(403);
        assertThat(badWindow.status()).isEqualTo(400);
        assertThat(badWindow.json().at("/code").asText()).isEqualTo("INVALID_QUERY");
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

    private String request(String researcher, String at) {
        String request = newSubject("req");
        at(submitted(request, researcher), researcher, at);
        return request;
    }

    /** Publishes a contract event as its producer would, happening at {@code time}. */
    private void at(GovernanceEvent event, String actor, String time) {
        publisher.publish(event, new EventMetadata(UUID.randomUUID().toString(), URI.create("/test-producer"),
                OffsetDateTime.parse(time), actor));
    }

    private static Instant instant(String at) {
        return Instant.parse(at);
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

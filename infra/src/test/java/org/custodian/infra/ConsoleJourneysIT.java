package org.custodian.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custodian.testing.HttpApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * One journey per role through the console, in Debian's Chromium against the platform's processes: a steward registers
 * a dataset and sets its committee; a researcher asks "would this be approved?", submits and sees the decision; two
 * reviewers vote; a compliance officer finds a request's history, checks an entry's proof and verifies the log. Every
 * page is saved under target/screenshots/ and passes axe-core without a serious or critical violation.
 */
class ConsoleJourneysIT {

    private static final Duration ASYNC = PlatformUnderTest.ASYNC;
    private static final List<String> AXE_REPORT = new ArrayList<>();

    private static PlatformUnderTest platform;
    private static String console;

    @BeforeAll
    static void startPlatform() {
        platform = PlatformUnderTest.get();
        console = platform.platform.url("console");
    }

    @AfterAll
    static void writeAxeReport() throws Exception {
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "axe-report.txt"),
                AXE_REPORT.isEmpty() ? List.of("No axe-core violation on any page.") : AXE_REPORT);
    }

    @Test
    void aStewardRegistersADatasetAndSetsItsCommittee() {
        try (ConsoleBrowser browser = ConsoleBrowser.open(console, "steward")) {
            browser.signIn("sam-console", "steward");
            assertThat(browser.currentPath()).startsWith("/steward");
            browser.click(By.id("register-dataset"), "register-form");
            browser.type("id", "ds-console-steward");
            browser.type("title", "Diabetes registry");
            browser.find(By.id("use-DUO:0000006")).click();
            new Select(browser.find(By.id("homeCountry"))).selectByValue("DE");
            browser.find(By.id("regime-GDPR")).click();
            browser.find(By.id("mode-secure_enclave")).click();
            browser.type("fields", "age_band, hba1c");
            new Select(browser.find(By.id("review"))).selectByValue("committee");
            browser.submit(By.id("save-dataset"), "dataset");
            assertThat(browser.text(By.id("dataset-id"))).isEqualTo("ds-console-steward");

            browser.type("reviewers", "rev-console-a, rev-console-b");
            browser.type("approvalsRequired", "2");
            browser.submit(By.id("save-committee"), "committee-saved");
            assertThat(browser.text(By.id("notice"))).contains("committee is saved");
            assertThat(browser.text(By.id("committee-reviewers"))).isEqualTo("rev-console-a, rev-console-b");
            AXE_REPORT.addAll(browser.axeReport());
        }
    }

    @Test
    void aResearcherAsksWhetherARequestWouldBeApprovedSubmitsItAndSeesTheDecision() {
        platform.registerDataset("ds-console-r", "auto", List.of("DUO:0000006"));
        platform.registerResearcher("r-console", "inst-console");
        try (ConsoleBrowser browser = ConsoleBrowser.open(console, "researcher")) {
            browser.signIn("r-console", "researcher");
            browser.click(By.id("new-request"), "request-form");
            new Select(browser.find(By.id("dataset"))).selectByValue("ds-console-r");
            browser.find(By.id("code-DUO:0000007")).click();
            browser.type("disease", "MONDO:0005148");
            browser.type("statement", "Does drug X reduce HbA1c in type 2 diabetes?");
            browser.type("fields", "age_band, hba1c");
            new Select(browser.find(By.id("processingCountry"))).selectByValue("DE");
            new Select(browser.find(By.id("accessMode"))).selectByValue("secure_enclave");
            browser.submit(By.id("what-if"), "what-if");
            assertThat(browser.text(By.id("outcome"))).isEqualTo("Would be approved.");

            browser.submit(By.id("submit-request"), "submitted");
            assertThat(browser.currentPath()).startsWith("/researcher/requests/");
            browser.reloadUntil(d -> d.findElement(By.id("state")).getText().equals("APPROVED")
                    && !d.findElements(By.id("outcome")).isEmpty(), ASYNC, "decided");
            assertThat(browser.text(By.id("outcome"))).isEqualTo("Allowed by the policy.");
            String id = browser.currentPath().substring("/researcher/requests/".length());

            browser.go("/researcher", "my-requests");
            assertThat(browser.text(By.cssSelector("table[aria-labelledby='my-requests']"))).contains(id, "APPROVED", "ds-console-r");
            AXE_REPORT.addAll(browser.axeReport());
        }
    }

    @Test
    void twoReviewersVoteAndTheRequestIsApproved() {
        platform.registerDataset("ds-console-c", "committee", List.of("DUO:0000006"));
        platform.registerResearcher("r-console-c", "inst-console-c");
        HttpApi.Response committee = platform.requests.put("/api/datasets/ds-console-c/committee", platform.steward,
                HttpApi.json(Map.of("reviewers", List.of("rev-console-1", "rev-console-2"), "approvals_required", 2)));
        assertThat(committee.status()).as(committee.raw()).isEqualTo(200);
        String researcher = platform.token("r-console-c", "researcher");
        String id = platform.submit(researcher, PlatformUnderTest.diabetesResearch(), "ds-console-c");
        platform.awaitState(id, researcher, "AWAITING_REVIEW");

        try (ConsoleBrowser browser = ConsoleBrowser.open(console, "reviewers")) {
            vote(browser, "rev-console-1", id);
            vote(browser, "rev-console-2", id);
            browser.reloadUntil(d -> d.findElement(By.id("state")).getText().equals("APPROVED"), ASYNC, "approved");
            AXE_REPORT.addAll(browser.axeReport());
        }
    }

    private static void vote(ConsoleBrowser browser, String reviewer, String id) {
        browser.signIn(reviewer, "reviewer");
        browser.type("open-id", id);
        browser.submit(By.cssSelector("main form button[type=submit]"), reviewer + "-request");
        assertThat(browser.find(By.id("outcome")).getText()).isEqualTo("Sent to the review committee.");
        browser.find(By.id("vote-approve")).click();
        browser.type("reason", "Purpose and safeguards are adequate.");
        browser.submit(By.id("cast-vote"), reviewer + "-voted");
        assertThat(browser.text(By.id("notice"))).isEqualTo("Your vote is recorded.");
    }

    @Test
    void aComplianceOfficerFindsARequestsHistoryChecksAnEntrysProofAndVerifiesTheLog() {
        platform.registerDataset("ds-console-a", "auto", List.of("DUO:0000006"));
        platform.registerResearcher("r-console-a", "inst-console-a");
        String researcher = platform.token("r-console-a", "researcher");
        String id = platform.submit(researcher, PlatformUnderTest.diabetesResearch(), "ds-console-a");
        platform.awaitAuditEntry(id, "org.custodian.request.approved.v1");

        try (ConsoleBrowser browser = ConsoleBrowser.open(console, "compliance")) {
            browser.signIn("cora-console", "compliance");
            browser.type("request", id);
            browser.submit(By.cssSelector("form[action='/compliance/history'] button"), "history");
            assertThat(browser.text(By.tagName("tbody"))).contains("org.custodian.request.submitted.v1",
                    "org.custodian.request.approved.v1");

            browser.click(By.cssSelector("tbody tr:first-child a"), "entry");
            browser.reloadUntil(d -> d.findElement(By.id("proof-verdict")).getText().startsWith("Verified"), ASYNC, "entry-verified");
            assertThat(browser.text(By.id("proof-key"))).isNotBlank();

            browser.go("/compliance/audit", "audit-search");
            browser.type("subject", id);
            browser.submit(By.cssSelector("form[aria-label='Audit search'] button"), "audit-results");
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "org.custodian.request.approved.v1"),
                    ASYNC, "audit-results-shown");
            assertThat(browser.find(By.linkText("CSV")).getAttribute("href")).contains("format=csv").contains(id);

            browser.go("/compliance/verify", "verify");
            browser.submit(By.cssSelector("main form button"), "verifying");
            browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "Intact"), ASYNC, "verified");

            browser.go("/compliance", "compliance-start");
            browser.click(By.id("transparency"), "transparency");
            assertThat(browser.text(By.id("summary"))).contains("Requests received", "Approved");
            assertThat(browser.find(By.id("summary-csv")).getAttribute("href")).contains("/compliance/transparency/summary.csv");
            assertThat(browser.find(By.cssSelector("#summary svg title")).getAttribute("textContent")).isEqualTo("Summary: counts of the period");
            AXE_REPORT.addAll(browser.axeReport());
        }
    }
}

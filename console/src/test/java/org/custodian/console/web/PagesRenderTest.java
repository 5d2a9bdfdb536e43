package org.custodian.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custodian.console.ConsolePage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every page renders from the services' answers as their APIs shape them, served here by a canned HTTP server
 * standing in for the four services (the browser journeys run them for real); a refusal renders its message and code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class PagesRenderTest {

    private static final Map<String, String> ANSWERS = new LinkedHashMap<>();
    private static final Map<String, String> LINKS = new LinkedHashMap<>();
    private static HttpServer services;
    private static Path keyFile;

    @LocalServerPort
    int port;

    private ConsolePage browser;

    @BeforeAll
    static void cannedServices() throws Exception {
        keyFile = Files.createTempFile("jwt-signing", ".jwk");
        Files.writeString(keyFile, new RSAKeyGenerator(2048).keyID("k1").generate().toJSONString());
        String entry = "{\"seq\":7,\"event_id\":\"e-7\",\"type\":\"org.custodian.request.approved.v1\",\"subject\":\"req-1\","
                + "\"actor\":\"rev-1\",\"time\":\"2026-11-22T10:00:00Z\",\"topic\":\"custodian.requests.v1\",\"partition\":0,"
                + "\"offset\":3,\"received_at\":\"2026-11-22T10:00:01Z\",\"entry_hash\":\"" + "ab".repeat(32) + "\","
                + "\"prev_hash\":\"" + "cd".repeat(32) + "\",\"data\":{\"request_id\":\"req-1\"}}";
        String decision = "{\"decision_id\":\"d-1\",\"request_id\":\"req-1\",\"decision\":{\"outcome\":\"review\",\"reasons\":["
                + "{\"rule\":\"review\",\"code\":\"COMMITTEE_REVIEW_REQUIRED\",\"dataset\":\"ds-1\",\"message\":\"A committee reviews it.\"}],"
                + "\"obligations\":{\"erase_by\":\"2027-11-22\",\"access_mode\":\"secure_enclave\"}}}";
        ANSWERS.put("/api/audit/entries?subject=req-1&limit=25", "{\"entries\":[" + entry + "],\"next\":7}");
        ANSWERS.put("/api/audit/entries?after=6&limit=1", "{\"entries\":[" + entry + "],\"next\":null}");
        ANSWERS.put("/api/audit/checkpoints/latest", "{\"key_name\":\"custodian.local/audit\",\"tree_size\":5,\"root_hash\":\"00\",\"note\":\"x\"}");
        ANSWERS.put("/api/audit/requests/req-1/timeline", "{\"request_id\":\"req-1\",\"events\":[" + entry + "]}");
        ANSWERS.put("/api/audit/researchers/r-1/history", "{\"researcher_id\":\"r-1\",\"requests\":[]}");
        ANSWERS.put("/api/releases", "[{\"id\":\"rel-1\",\"request_id\":\"req-1\",\"state\":\"ISSUED\",\"erase_by\":\"2099-01-01\"}]");
        ANSWERS.put("/api/releases?flagged=true", "[{\"id\":\"rel-2\",\"request_id\":\"req-2\",\"researcher_id\":\"r-2\",\"erase_by\":\"2099-01-01\"}]");
        ANSWERS.put("/api/deadlines/parked", "[{\"release_id\":\"rel-3\",\"kind\":\"expiry\",\"due_at\":\"2026-01-01T00:00:00Z\",\"attempts\":3,\"last_error\":\"broker down\"}]");
        ANSWERS.put("/api/requests/req-1", "{\"id\":\"req-1\",\"researcher_id\":\"r-1\",\"state\":\"AWAITING_REVIEW\",\"version\":1,"
                + "\"review\":{\"blinded\":true,\"approvals\":1,\"approvals_required\":2},"
                + "\"timeline\":[{\"event\":\"request.submitted\",\"at\":\"2026-11-22T10:00:00Z\"}]}");
        ANSWERS.put("/api/decisions?request=req-1", "[" + decision + "]");
        ANSWERS.put("/api/decisions/evaluate", decision.substring(decision.indexOf("{\"outcome\""), decision.length() - 1));
        ANSWERS.put("/api/datasets?limit=100", "[{\"id\":\"ds-1\",\"title\":\"Trials\",\"terms_version\":1,\"terms\":{\"review\":\"committee\"}}]");
        ANSWERS.put("/api/datasets?limit=50", "[{\"id\":\"ds-1\",\"title\":\"Trials\",\"terms_version\":1,\"terms\":{\"review\":\"committee\"}}]");
        ANSWERS.put("/api/datasets/ds-1", "{\"id\":\"ds-1\",\"title\":\"Trials\",\"terms_version\":2,\"terms\":{\"review\":\"committee\"}}");
        ANSWERS.put("/api/datasets/ds-1/committee", "{\"reviewers\":[\"rev-1\",\"rev-2\"],\"approvals_required\":2,\"blinded\":true}");
        ANSWERS.put("/api/vocabulary", "{\"duo_permissions\":{\"terms\":[{\"code\":\"DUO:0000042\",\"label\":\"GRU\"}]},"
                + "\"duo_modifiers\":{\"terms\":[{\"code\":\"DUO:0000046\",\"label\":\"NCU\"}]},\"regimes\":{\"terms\":[{\"code\":\"GDPR\",\"label\":\"GDPR\"}]},"
                + "\"access_modes\":{\"terms\":[{\"code\":\"secure_enclave\",\"label\":\"Secure enclave\"}]},"
                + "\"countries\":{\"terms\":[{\"code\":\"DE\",\"label\":\"Germany\"}]}}");
        ANSWERS.put("/api/requests?mine&limit=25", "[{\"id\":\"req-1\",\"researcher_id\":\"r-1\",\"state\":\"AWAITING_REVIEW\","
                + "\"datasets\":[\"ds-1\",\"ds-2\"],\"submitted_at\":\"2026-11-22T10:00:00Z\",\"updated_at\":\"2026-11-22T10:00:00Z\"}]");
        LINKS.put("/api/requests?mine&limit=25", "<http://localhost:8081/api/requests?mine&limit=25&cursor=req-1>; rel=\"next\"");
        ANSWERS.put("/api/requests?mine&limit=25&cursor=req-1", "[{\"id\":\"req-9\",\"researcher_id\":\"r-1\",\"state\":\"APPROVED\","
                + "\"datasets\":[\"ds-1\"],\"submitted_at\":\"2026-11-23T10:00:00Z\",\"updated_at\":\"2026-11-23T10:00:00Z\"}]");
        ANSWERS.put("/api/requests?queue=review&limit=25", "[{\"id\":\"req-1\",\"state\":\"AWAITING_REVIEW\",\"datasets\":[\"ds-1\"],"
                + "\"submitted_at\":\"2026-11-22T10:00:00Z\",\"updated_at\":\"2026-11-22T10:00:00Z\"}]");
        LINKS.put("/api/requests?queue=review&limit=25", "<http://localhost:8081/api/requests?queue=review&limit=25&cursor=req-1>; rel=\"next\"");
        String manuscript = "{\"id\":\"ms-1\",\"release_id\":\"rel-1\",\"title\":\"Outcomes of trial 7\",\"review\":\"approval\","
                + "\"review_due_by\":\"2026-12-20\",\"reviewers\":[\"admin-1\"],\"state\":\"UNDER_REVIEW\",\"submitted_at\":\"2026-12-01T09:00:00Z\"";
        ANSWERS.put("/api/manuscripts?queue=review&limit=25", "[" + manuscript + "}]");
        LINKS.put("/api/manuscripts?queue=review&limit=25", "<http://localhost:8081/api/manuscripts?queue=review&limit=25&cursor=ms-1>; rel=\"next\"");
        ANSWERS.put("/api/manuscripts?queue=review&limit=25&cursor=ms-1", "[]");
        ANSWERS.put("/api/manuscripts/ms-1/reviews", "{\"manuscript_id\":\"ms-1\",\"reviewer_id\":\"admin-1\",\"outcome\":\"APPROVED\",\"replayed\":false}");
        ANSWERS.put("/api/manuscripts/ms-1", manuscript + ",\"no_publication_before\":\"2027-01-01\",\"timeline\":["
                + "{\"event\":\"manuscript.submitted\",\"at\":\"2026-12-01T09:00:00Z\",\"actor\":\"r-1\"}]}");
        ANSWERS.put("/api/reports/transparency?from=2026-11-01&to=2026-12-01", "{\"from\":\"2026-11-01T00:00:00Z\","
                + "\"to\":\"2026-12-01T00:00:00Z\",\"requests\":10,\"approvals\":5,\"denials\":2,\"withdrawals\":1,"
                + "\"denials_by_reason\":{\"DATA_USE_MISMATCH\":2,\"REVIEW_REJECTED\":1},"
                + "\"time_to_decision\":{\"decided\":7,\"median_seconds\":172800,\"p90_seconds\":604800},"
                + "\"releases\":{\"issued\":4,\"refused\":0,\"revoked\":1,\"expired\":0},\"active_releases\":3,"
                + "\"erasures\":{\"on_time\":2,\"late\":1,\"overdue\":0},\"researchers_with_access\":3,\"unreadable_events\":0,"
                + "\"code_of_practice\":[{\"month\":\"2026-11\",\"member_state\":\"DE\",\"received\":6,\"approved\":3,\"rejected\":2,"
                + "\"rejected_by_reason\":{\"DATA_USE_MISMATCH\":2},\"pending\":1,\"median_days_to_decision\":2.5}],"
                + "\"programme\":[{\"month\":\"2026-11\",\"requests\":10,\"approvals\":5,\"publications\":1}]}");
        ANSWERS.put("/api/reports/transparency/code-of-practice.csv?from=2026-11-01&to=2026-12-01",
                "month,member_state,received\r\n2026-11,DE,6\r\n");
        String researcher = "{\"researcher_id\":\"r-1\",\"name\":\"Ada Lovelace\",\"institution\":\"Uni Bonn\",\"country\":\"DE\","
                + "\"vetted\":true,\"dsa_signed\":true,\"irb_approvals\":[{\"number\":\"IRB-1\"}]}";
        ANSWERS.put("/api/researchers?limit=25", "[" + researcher + "]");
        ANSWERS.put("/api/researchers?institution=Uni%20Bonn&limit=25", "[" + researcher + "]");
        LINKS.put("/api/researchers?institution=Uni%20Bonn&limit=25",
                "<http://localhost:8081/api/researchers?institution=Uni%20Bonn&limit=25&cursor=r-1>; rel=\"next\"");
        services = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        services.createContext("/", exchange -> {
            String path = exchange.getRequestURI().toString();
            String answer = ANSWERS.get(path);
            boolean refused = path.startsWith("/api/datasets") && "POST".equals(exchange.getRequestMethod());
            if (refused) {
                answer = "{\"title\":\"Invalid fields\",\"status\":400,\"code\":\"INVALID_FIELDS\",\"detail\":\"terms.sensitivity must be at most 5\","
                        + "\"errors\":[{\"field\":\"terms.sensitivity\",\"message\":\"must be less than or equal to 5\"}]}";
            }
            int status = refused ? 400 : answer == null ? 404 : 200;
            byte[] body = (answer == null ? "{\"title\":\"Not Found\",\"code\":\"UNKNOWN\",\"detail\":\"There is no " + path + ".\"}" : answer)
                    .getBytes(StandardCharsets.UTF_8);
            if (LINKS.containsKey(path)) {
                exchange.getResponseHeaders().add("Link", LINKS.get(path));
            }
            exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        services.start();
    }

    @AfterAll
    static void stop() {
        services.stop(0);
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("custodian.console.dev-sign-in.key-file", () -> keyFile.toString());
        for (String service : new String[] {"request", "policy", "release", "audit"}) {
            registry.add("custodian.console.services." + service, () -> "http://localhost:" + services.getAddress().getPort());
        }
    }

    @Test
    void everyPageRendersWhatTheServicesAnswer() throws Exception {
        signIn();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/compliance", "A request's or a researcher's history");
        pages.put("/compliance/audit?subject=req-1", "org.custodian.request.approved.v1");
        pages.put("/compliance/audit/entries/7", "Not verified: The latest checkpoint covers 5 entries");
        pages.put("/compliance/requests/req-1", "History of request <span>req-1</span>");
        pages.put("/compliance/researchers/r-1", "History of researcher <span>r-1</span>");
        pages.put("/compliance/verify", "Verify the whole log");
        pages.put("/compliance/transparency?from=2026-11-01&to=2026-12-01", "<caption>Denials by reason</caption>");
        pages.put("/researcher", "rel-1");
        pages.put("/researcher/requests/new", "Would this be approved?");
        pages.put("/researcher/requests/req-1", "A committee reviews it.");
        pages.put("/reviewer", "Open the request");
        pages.put("/reviewer?manuscripts=ms-1", "No manuscript awaits your approval.");
        pages.put("/reviewer/manuscripts/ms-1", "Deemed approved on</dt><dd>2026-12-20");
        pages.put("/reviewer/requests/req-1", "hidden (blinded review)");
        pages.put("/reviewer/requests/req-1#vote", "Cast the vote");
        pages.put("/steward", "Trials");
        pages.put("/steward/datasets/new", "Permitted uses");
        pages.put("/steward/datasets/ds-1", "rev-1, rev-2");
        pages.put("/steward/releases", "broker down");
        pages.put("/steward/researchers", "<td>Ada Lovelace</td>");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            HttpResponse<String> response = get(page.getKey());
            assertThat(response.statusCode()).as(page.getKey() + ": " + response.body()).isEqualTo(200);
            assertThat(response.body()).as(page.getKey()).contains(page.getValue());
        }
    }

    @Test
    void aListIsPagedByTheServicesNextLinkWithoutJavaScript() throws Exception {
        signIn();
        Map<String, String> firstPages = new LinkedHashMap<>();
        firstPages.put("/researcher", "href=\"/researcher?cursor=req-1\"");
        firstPages.put("/reviewer", "href=\"/reviewer?manuscripts=ms-1\"");
        firstPages.put("/steward/researchers?institution=Uni+Bonn", "href=\"/steward/researchers?institution=Uni%20Bonn&amp;cursor=r-1\"");
        for (Map.Entry<String, String> first : firstPages.entrySet()) {
            String body = get(first.getKey()).body();
            assertThat(body).as(first.getKey()).contains(first.getValue()).contains("rel=\"next\"").doesNotContain("First page");
        }
        String mine = get("/researcher").body();
        assertThat(mine).contains("href=\"/researcher/requests/req-1\"").contains("AWAITING_REVIEW").contains("ds-1, ds-2")
                .contains("2026-11-22T10:00:00Z");
        String queue = get("/reviewer").body();
        assertThat(queue).contains("href=\"/reviewer?cursor=req-1\"").contains("href=\"/reviewer/requests/req-1\"")
                .contains("href=\"/reviewer/manuscripts/ms-1\"").contains("2026-12-20");
        assertThat(get("/steward/researchers?institution=Uni+Bonn").body().replaceAll(">\\s+<", "><"))
                .contains("<td>r-1</td><td>Ada Lovelace</td><td>Uni Bonn</td><td>DE</td><td>yes</td><td>yes</td><td>1</td>")
                .contains("value=\"Uni Bonn\"");
        HttpResponse<String> reviewed = browser.post("/reviewer/manuscripts/ms-1/reviews", Map.of("_csrf", ConsolePage.csrf(queue),
                "verdict", "approve", "comment", "Fine."));
        assertThat(reviewed.statusCode()).isEqualTo(302);
        assertThat(reviewed.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/reviewer/manuscripts/ms-1"));
        String second = get("/researcher?cursor=req-1").body();
        assertThat(second).contains("req-9").doesNotContain("AWAITING_REVIEW").contains("First page").doesNotContain("rel=\"next\"");
    }

    @Test
    void theTransparencyReportShowsEachTableWithItsChartAndCsv() throws Exception {
        signIn();
        String report = get("/compliance/transparency?from=2026-11-01&to=2026-12-01").body();
        HttpResponse<String> csv = get("/compliance/transparency/code-of-practice.csv?from=2026-11-01&to=2026-12-01");
        HttpResponse<String> unknown = get("/compliance/transparency/everything.csv");

        for (String table : new String[] {"summary", "denials-by-reason", "code-of-practice", "programme"}) {
            assertThat(report).as(table).contains("href=\"/compliance/transparency/" + table + ".csv?from=2026-11-01&amp;to=2026-12-01\"")
                    .contains("aria-labelledby=\"" + table + "-chart-title\"").contains("<title id=\"" + table + "-chart-title\">");
        }
        assertThat(report).contains("<td>Median days to decision</td><td>2.0</td>").contains("<td>DATA_USE_MISMATCH 2</td>")
                .contains("<td>2026-11</td><td>DE</td><td>6</td>")
                .as("the largest figure fills the bar space, the others their share").contains("width=\"330\"").contains("width=\"165\"")
                .contains("viewBox=\"0 0 640 372\"").as("no inline script").doesNotContain("<script>");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("transparency-code-of-practice.csv"));
        assertThat(csv.body()).isEqualTo("month,member_state,received\r\n2026-11,DE,6\r\n");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("REPORT_TABLE_NOT_FOUND");
    }

    @Test
    void aRefusedFormShowsTheErrorNextToItsFieldAndAMissingObjectIsAPage() throws Exception {
        String form = signIn();
        HttpResponse<String> refused = browser.post("/steward/datasets", Map.of("_csrf", ConsolePage.csrf(get("/steward/datasets/new").body()),
                "id", "ds-2", "title", "T", "sensitivity", "9"));
        HttpResponse<String> missing = get("/researcher/requests/req-404");
        HttpResponse<String> unreadable = browser.post("/researcher/requests/what-if", Map.of("_csrf", form,
                "dataset", "ds-1", "durationDays", "a year"));

        assertThat(form).isNotEmpty();
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("terms.sensitivity must be at most 5")
                .contains("id=\"terms.sensitivity-error\"").contains("must be less than or equal to 5");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("There is no /api/requests/req-404.").contains("UNKNOWN").contains("What to do next")
                .as("the frame shows who is signed in").contains("admin-1");
        HttpResponse<String> whatIf = browser.post("/researcher/requests/what-if", Map.of("_csrf", form,
                "dataset", "ds-1", "durationDays", "365", "codes", "DUO:0000042"));
        assertThat(whatIf.statusCode()).as("an unticked checkbox sends nothing: not commercial").isEqualTo(200);
        assertThat(whatIf.body()).contains("Would go to the review committee.");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.body()).contains("wrong kind: durationDays").doesNotContain("Exception");
    }

    private String signIn() throws Exception {
        String csrf = ConsolePage.csrf(get("/signin").body());
        HttpResponse<String> signedIn = browser.post("/signin", Map.of("_csrf", csrf, "name", "admin-1", "roles", "admin"));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return csrf;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        if (browser == null) {
            browser = new ConsolePage(port);
        }
        return browser.get(path);
    }
}

package org.custodian.policy.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.custodian.policy.PolicyServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTTP API: who may call it, what-if without side effects, and bad input refused with a clear problem. */
class PolicyApiIT extends PolicyServiceIntegration {

    private static final String EVALUATE = "/api/decisions/evaluate";
    private static final String READER = TestTokens.token("rita", "researcher");

    @ParameterizedTest
    @ValueSource(strings = {"/api/policy", "/api/decisions?request=req-1"})
    void readingNeedsAValidToken(String path) {
        assertProblem(api.get(path, null), 401, "UNAUTHENTICATED");
        assertProblem(api.get(path, TestTokens.expiredToken("sam", "admin")), 401, "UNAUTHENTICATED");
        assertProblem(api.get(path, TestTokens.foreignToken("sam", "admin")), 401, "UNAUTHENTICATED");
    }

    @Test
    void evaluatingNeedsAValidToken() {
        String body = whatIf(Map.of());
        assertProblem(api.post(EVALUATE, null, body), 401, "UNAUTHENTICATED");
        assertProblem(api.post(EVALUATE, TestTokens.expiredToken("sam", "admin"), body), 401, "UNAUTHENTICATED");
        assertProblem(api.post(EVALUATE, TestTokens.foreignToken("sam", "admin"), body), 401, "UNAUTHENTICATED");
    }

    @Test
    void aTokenWithoutAnyCustodianRoleIsForbidden() {
        assertProblem(api.get("/api/policy", TestTokens.token("nobody")), 403, "FORBIDDEN");
        assertProblem(api.post(EVALUATE, TestTokens.token("nobody"), whatIf(Map.of())), 403, "FORBIDDEN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"researcher", "reviewer", "steward", "compliance", "integration", "admin"})
    void anyRoleMayReadThePolicyAndAskWhatIfAndNoneFindsAnUnknownRequest(String role) {
        String token = TestTokens.token("someone", role);
        assertThat(api.get("/api/policy", token).status()).isEqualTo(200);
        assertProblem(api.get("/api/decisions?request=" + unique("req"), token), 404, "UNKNOWN_REQUEST");
        assertThat(api.post(EVALUATE, token, whatIf(Map.of())).status()).isEqualTo(200);
    }

    @Test
    void thePolicyInForceNamesItsRevisionEngineAndEveryReasonCode() {
        JsonNode policy = api.get("/api/policy", READER).json();

        assertThat(policy.get("revision").asText()).matches("sha256:[0-9a-f]{64}");
        assertThat(policy.get("engine").asText()).isEqualTo("wasm");
        assertThat(policy.get("reason_codes").findValuesAsText("code")).hasSize(32)
                .contains("UNKNOWN_DATASET", "TRANSFER_REQUIRES_SAFEGUARDS", "POLICY_UNDEFINED");
        assertThat(policy.get("reason_codes").get(0).fieldNames()).toIterable()
                .containsExactlyInAnyOrder("code", "outcome", "message");
    }

    @Test
    void draftTermsAreJudgedForThisCallOnlyAndNothingIsStored() {
        String draft = unique("ds-draft");
        long[] before = footprint();

        HttpApi.Response withDraft = api.post(EVALUATE, READER, whatIf(Map.of(draft, healthTerms()), draft));
        HttpApi.Response withoutDraft = api.post(EVALUATE, READER, whatIf(Map.of(), draft));

        assertThat(withDraft.status()).as(withDraft.raw()).isEqualTo(200);
        assertThat(withDraft.json().get("outcome").asText()).isEqualTo("allow");
        assertThat(withDraft.json().at("/obligations/erase_by").asText()).isEqualTo("2027-11-22");
        assertThat(withDraft.json().get("policy_revision").asText()).startsWith("sha256:");
        assertThat(withoutDraft.json().get("outcome").asText()).isEqualTo("deny");
        assertThat(withoutDraft.json().get("reasons").findValuesAsText("code")).contains("UNKNOWN_DATASET");
        assertThat(footprint()).containsExactly(before);
    }

    @Test
    void withoutARequesterTheCallersOwnCredentialsAreJudged() {
        String draft = unique("ds-draft");
        Map<String, Object> input = input(draft);
        input.remove("requester");

        HttpApi.Response response = api.post(EVALUATE, TestTokens.token(unique("stranger"), "researcher"),
                HttpApi.json(Map.of("input", input, "data", Map.of("datasets",
                        ContractJson.mapper().valueToTree(Map.of(draft, healthTerms()))))));

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.json().get("reasons").findValuesAsText("code")).contains("RESEARCHER_NOT_VETTED");
    }

    @Test
    void draftTermsWithAnUnknownRegimeAreRefusedNotJudged() {
        String draft = unique("ds-draft");
        Map<String, Object> terms = ContractJson.mapper().convertValue(healthTerms(), new TypeReference<>() { });
        terms.put("regimes", List.of("GDRP"));
        long[] before = footprint();

        HttpApi.Response response = api.post(EVALUATE, READER, whatIf(Map.of(draft, terms), draft));

        assertProblem(response, 422, "UNKNOWN_TERM");
        JsonNode error = response.json().at("/errors/0");
        assertThat(error.get("field").asText()).isEqualTo("data.datasets." + draft + ".regimes[0]");
        assertThat(error.get("value").asText()).isEqualTo("GDRP");
        assertThat(error.get("allowed").toString()).isEqualTo("[\"GDPR\",\"FERPA\"]");
        assertThat(footprint()).containsExactly(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDraftRequestWithALowerCaseCountryIsRefusedNamingIt() {
        String draft = unique("ds-draft");
        Map<String, Object> input = input(draft);
        Map<String, Object> request = new HashMap<>((Map<String, Object>) input.get("request"));
        request.put("processing_country", "in");
        input.put("request", request);

        HttpApi.Response response = api.post(EVALUATE, READER, HttpApi.json(Map.of("input", input, "data",
                Map.of("datasets", ContractJson.mapper().valueToTree(Map.of(draft, healthTerms()))))));

        assertProblem(response, 422, "UNKNOWN_TERM");
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("input.request.processing_country");
    }

    @Test
    void aDraftByIdsIsJudgedNowWithTheResearchersStoredCredentialsAndTheCurrentTerms() {
        String dataset = healthDataset();
        String vetted = registered(vettedResearcher(unique("r")));
        String unvetted = registered(unvettedResearcher(unique("r")));
        long[] before = footprint();

        HttpApi.Response own = api.post(EVALUATE, TestTokens.token(vetted, "researcher"), draft(null, dataset, "DE"));
        HttpApi.Response theirs = api.post(EVALUATE, TestTokens.token("sam", "steward"), draft(unvetted, dataset, "DE"));
        HttpApi.Response abroad = api.post(EVALUATE, TestTokens.token(vetted, "researcher"), draft(vetted, dataset, "IN"));

        assertThat(own.status()).as(own.raw()).isEqualTo(200);
        assertThat(own.json().get("outcome").asText()).isEqualTo("allow");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(LocalDate.parse(own.json().at("/obligations/erase_by").asText()))
                .as("judged now: the erase-by date is a year from today").isBetween(today.plusDays(365), today.plusDays(366));
        assertThat(theirs.json().get("reasons").findValuesAsText("code")).contains("RESEARCHER_NOT_VETTED");
        assertThat(abroad.json().get("reasons").findValuesAsText("code")).containsExactly("TRANSFER_REQUIRES_SAFEGUARDS");
        assertThat(footprint()).containsExactly(before);
    }

    @Test
    void aResearcherAsksOnlyForThemselvesAndAnotherResearcherIsAsUnknown() {
        String dataset = healthDataset();
        String other = registered(vettedResearcher(unique("r")));
        String asker = TestTokens.token(unique("r"), "researcher", "reviewer");

        HttpApi.Response forOther = api.post(EVALUATE, asker, draft(other, dataset, "DE"));
        HttpApi.Response forNobody = api.post(EVALUATE, asker, draft(unique("r"), dataset, "DE"));

        assertProblem(forOther, 404, "UNKNOWN_RESEARCHER");
        assertProblem(forNobody, 404, "UNKNOWN_RESEARCHER");
        assertThat(forOther.json().get("title")).isEqualTo(forNobody.json().get("title"));
        assertThat(api.post(EVALUATE, TestTokens.token("cora", "compliance"), draft(other, dataset, "DE")).status())
                .isEqualTo(200);
    }

    @Test
    void aBadDraftIsRefusedNamingTheField() {
        String dataset = healthDataset();
        String researcher = registered(vettedResearcher(unique("r")));
        String token = TestTokens.token(researcher, "researcher");
        Map<String, Object> draft = draftOf(null, dataset, "DE");
        draft.remove("duration_days");

        HttpApi.Response noPeriod = api.post(EVALUATE, token, HttpApi.json(Map.of("draft", draft)));
        HttpApi.Response lowerCase = api.post(EVALUATE, token, draft(null, dataset, "de"));
        HttpApi.Response unknownDataset = api.post(EVALUATE, token, draft(null, unique("ds"), "DE"));
        HttpApi.Response both = api.post(EVALUATE, token, HttpApi.json(Map.of("draft", draftOf(null, dataset, "DE"),
                "input", input(dataset))));

        assertProblem(noPeriod, 400, "INVALID_INPUT");
        assertThat(noPeriod.json().get("detail").asText()).contains("draft.duration_days");
        assertProblem(lowerCase, 422, "UNKNOWN_TERM");
        assertThat(lowerCase.json().at("/errors/0/field").asText()).isEqualTo("draft.processing_country");
        assertProblem(unknownDataset, 422, "UNKNOWN_DATASET");
        assertProblem(both, 400, "INVALID_INPUT");
    }

    @Test
    void malformedJsonIsRefused() {
        assertProblem(api.post(EVALUATE, READER, "{\"input\": "), 400, "MALFORMED_BODY");
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        HttpApi.Response response = api.post(EVALUATE, READER, "{\"input\": {}, \"extra\": 1}");

        assertProblem(response, 400, "MALFORMED_BODY");
        assertThat(response.json().get("detail").asText()).contains("extra");
    }

    @Test
    void anOversizedBodyIsRefused() {
        String oversized = "{\"input\": {\"now\": \"" + "x".repeat(70_000) + "\"}}";

        assertProblem(api.post(EVALUATE, READER, oversized), 413, "BODY_TOO_LARGE");
    }

    @Test
    void anInputWithoutNowIsRefusedNamingIt() {
        Map<String, Object> input = input("ds-1");
        input.remove("now");

        HttpApi.Response response = api.post(EVALUATE, READER, HttpApi.json(Map.of("input", input)));

        assertProblem(response, 400, "INVALID_INPUT");
        assertThat(response.json().get("detail").asText()).contains("input.now");
    }

    @Test
    void anInputWithoutARequestIsRefusedNamingIt() {
        Map<String, Object> input = input("ds-1");
        input.remove("request");

        HttpApi.Response response = api.post(EVALUATE, READER, HttpApi.json(Map.of("input", input)));

        assertProblem(response, 400, "INVALID_INPUT");
        assertThat(response.json().get("detail").asText()).contains("input.request");
    }

    @Test
    void decisionsWithoutTheRequestParameterAreRefusedNamingIt() {
        HttpApi.Response response = api.get("/api/decisions", READER);

        assertProblem(response, 400, "MISSING_PARAMETER");
        assertThat(response.json().get("parameter").asText()).isEqualTo("request");
        assertThat(response.json().get("detail").asText()).contains("'request'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "%20", "req%00x", "req%0A1"})
    void aRequestParameterThatIsNoRequestIdIsRefusedNamingIt(String value) {
        HttpApi.Response response = api.get("/api/decisions?request=" + value, READER);

        assertProblem(response, 400, "INVALID_PARAMETER");
        assertThat(response.json().get("parameter").asText()).isEqualTo("request");
    }

    @Test
    void anOversizedRequestParameterIsRefused() {
        HttpApi.Response response = api.get("/api/decisions?request=" + "r".repeat(129), READER);

        assertProblem(response, 400, "INVALID_PARAMETER");
        assertThat(response.json().get("detail").asText()).contains("'request'");
    }

    @Test
    void refusalsSpringAnswersItselfCarryACodeToo() {
        assertProblem(api.put("/api/policy", READER, "{}"), 405, "METHOD_NOT_ALLOWED");
        assertProblem(api.get("/api/nowhere", READER), 404, "NOT_FOUND");
    }

    private long[] footprint() {
        return new long[] {rows("domainevententry"), rows("decision"), rows("consumed_event"), rows("dataset_terms"),
            rows("requester")};
    }

    private static String whatIf(Map<String, ?> datasets) {
        return whatIf(datasets, "ds-1");
    }

    private static String whatIf(Map<String, ?> datasets, String datasetId) {
        return HttpApi.json(Map.of("input", input(datasetId), "data", Map.of("datasets",
                ContractJson.mapper().valueToTree(datasets))));
    }

    private static Map<String, Object> input(String datasetId) {
        Map<String, Object> input = new HashMap<>();
        input.put("now", SUBMITTED_AT.toString());
        input.put("request", Map.of("id", "req-draft", "datasets", List.of(datasetId),
                "purpose", Map.of("codes", List.of(DS), "disease", "MONDO:0005148", "commercial", false,
                        "methods_development", false, "population_origins", false, "statement", "HbA1c?"),
                "fields", List.of("age_band", "hba1c"), "duration_days", 365, "processing_country", "DE",
                "access_mode", "secure_enclave", "publisher_retention_years", 0));
        input.put("requester", Map.of("id", "r-1", "institution", "inst-1", "country", "DE", "for_profit", false,
                "vetted", true, "dsa_signed", true, "dpf_certified", false, "school_official", false,
                "irb", Map.of("reference", "IRB-22-104", "expires", "2030-06-30")));
        return input;
    }

    private String healthDataset() {
        String dataset = unique("ds");
        registerDataset(dataset, healthTerms());
        return dataset;
    }

    private String registered(ResearcherRegistered researcher) {
        registerResearcher(researcher);
        return researcher.researcherId();
    }

    private static String draft(String researcherId, String datasetId, String country) {
        return HttpApi.json(Map.of("draft", draftOf(researcherId, datasetId, country)));
    }

    private static Map<String, Object> draftOf(String researcherId, String datasetId, String country) {
        Map<String, Object> draft = new HashMap<>();
        if (researcherId != null) {
            draft.put("researcher_id", researcherId);
        }
        draft.put("datasets", List.of(datasetId));
        draft.put("purpose", Map.of("codes", List.of(DS), "disease", "MONDO:0005148", "statement", "HbA1c?"));
        draft.put("fields", List.of("age_band", "hba1c"));
        draft.put("duration_days", 365);
        draft.put("processing_country", country);
        draft.put("access_mode", "secure_enclave");
        return draft;
    }

    private static ResearcherRegistered unvettedResearcher(String id) {
        ResearcherRegistered vetted = vettedResearcher(id);
        return new ResearcherRegistered(id, vetted.name(), vetted.institution(), vetted.country(), vetted.forProfit(), false,
                vetted.dsaSigned(), vetted.dpfCertified(), vetted.schoolOfficial(), vetted.irbApprovals(), null, null);
    }

    private static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo(code);
    }
}

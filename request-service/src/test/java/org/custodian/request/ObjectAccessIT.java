package org.custodian.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.custodian.contracts.Topic;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.Reason;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariant 8, object by object: every GET, POST and PUT on an object id, for every kind of caller. One
 * who may not see the object gets the same 404 as for a missing id; one who may see it but not act
 * gets 403 naming the role or relation needed; a refusal changes nothing.
 */
class ObjectAccessIT extends RequestServiceIntegration {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String MISSING_REQUEST = "req-00000000-0000-0000-0000-000000000000";
    private static final String MISSING_MANUSCRIPT = "ms-00000000-0000-0000-0000-000000000000";
    private static World world;

    /** The people and objects every case is tried on; created once, never changed by a refused case. */
    record World(String owner, String other, String panel, String offPanel, String dataset, String request,
                 String release, String manuscript) {
    }

    enum Caller {
        OWNER, OTHER_RESEARCHER, PANEL_REVIEWER, OFF_PANEL_REVIEWER, STEWARD, COMPLIANCE, INTEGRATION, NO_TOKEN, EXPIRED_TOKEN;

        String token(World world) {
            return switch (this) {
                case OWNER -> TestTokens.token(world.owner(), "researcher");
                case OTHER_RESEARCHER -> TestTokens.token(world.other(), "researcher");
                case PANEL_REVIEWER -> TestTokens.token(world.panel(), "reviewer");
                case OFF_PANEL_REVIEWER -> TestTokens.token(world.offPanel(), "reviewer");
                case STEWARD -> RequestServiceIntegration.STEWARD;
                case COMPLIANCE -> TestTokens.token("cora-compliance", "compliance");
                case INTEGRATION -> TestTokens.token("enclave", "integration");
                case NO_TOKEN -> null;
                case EXPIRED_TOKEN -> TestTokens.expiredToken(world.owner(), "researcher", "reviewer", "steward");
            };
        }
    }

    /** An endpoint on one object: its path for an id, its method, a valid body, and the 404 code for an unseen id. */
    enum Endpoint {
        GET_REQUEST("GET", World::request, id -> "/api/requests/" + id, null, "UNKNOWN_REQUEST", MISSING_REQUEST),
        WITHDRAW("POST", World::request, id -> "/api/requests/" + id + "/withdraw", Map.of("reason", "Changed plans."),
                "UNKNOWN_REQUEST", MISSING_REQUEST),
        RESUBMIT("POST", World::request, id -> "/api/requests/" + id + "/resubmit", null, "UNKNOWN_REQUEST", MISSING_REQUEST),
        VOTE("POST", World::request, id -> "/api/requests/" + id + "/votes", Map.of("vote", "approve", "reason", "Sound."),
                "UNKNOWN_REQUEST", MISSING_REQUEST),
        DECLARE_CONFLICT("POST", World::request, id -> "/api/requests/" + id + "/conflicts", Map.of("reason", "I know them."),
                "UNKNOWN_REQUEST", MISSING_REQUEST),
        GET_MANUSCRIPT("GET", World::manuscript, id -> "/api/manuscripts/" + id, null, "UNKNOWN_MANUSCRIPT", MISSING_MANUSCRIPT),
        REVIEW_MANUSCRIPT("POST", World::manuscript, id -> "/api/manuscripts/" + id + "/reviews",
                Map.of("verdict", "approve", "comment", "Fine."), "UNKNOWN_MANUSCRIPT", MISSING_MANUSCRIPT),
        PUT_TERMS("PUT", World::dataset, id -> "/api/datasets/" + id + "/terms", null, "UNKNOWN_DATASET", "ds-missing"),
        PUT_COMMITTEE("PUT", World::dataset, id -> "/api/datasets/" + id + "/committee", null, "UNKNOWN_DATASET", "ds-missing"),
        RECORD_CONSENT("POST", World::dataset, id -> "/api/datasets/" + id + "/consents",
                Map.of("basis", "informed_consent", "subjects", 10, "recorded_at", "2026-11-20T09:00:00Z"),
                "UNKNOWN_DATASET", "ds-missing"),
        WITHDRAW_CONSENT("POST", World::dataset, id -> "/api/datasets/" + id + "/consent-withdrawals",
                Map.of("subject_refs", List.of("subj-17"), "withdrawn_at", "2026-12-01T09:00:00Z"), "UNKNOWN_DATASET", "ds-missing"),
        READ_CONSENTS("GET", World::dataset, id -> "/api/datasets/" + id + "/consents", null, "UNKNOWN_DATASET", "ds-missing"),
        GET_RESEARCHER("GET", World::owner, id -> "/api/researchers/" + id, null, "UNKNOWN_RESEARCHER", "r-missing");

        final String method;
        final Function<World, String> object;
        final Function<String, String> path;
        final Map<String, Object> body;
        final String unknownCode;
        final String missingId;

        Endpoint(String method, Function<World, String> object, Function<String, String> path, Map<String, Object> body,
                 String unknownCode, String missingId) {
            this.method = method;
            this.object = object;
            this.path = path;
            this.body = body;
            this.unknownCode = unknownCode;
            this.missingId = missingId;
        }
    }

    /** What a caller gets: a status and, for a refusal, its code; {@code role} is what a 403 must name. */
    record Expected(int status, String code, String named) {

        static Expected ok(int status) {
            return new Expected(status, null, null);
        }

        static Expected unseen() {
            return new Expected(404, null, null);
        }

        static Expected needs(String roleOrRelation) {
            return new Expected(403, null, roleOrRelation);
        }

        static Expected refused(int status, String code) {
            return new Expected(status, code, null);
        }
    }

    static Stream<Arguments> matrix() {
        return Stream.of(Endpoint.values()).flatMap(endpoint -> Stream.of(Caller.values())
                .map(caller -> Arguments.of(endpoint, caller, expected(endpoint, caller))));
    }

    private static Expected expected(Endpoint endpoint, Caller caller) {
        if (caller == Caller.NO_TOKEN || caller == Caller.EXPIRED_TOKEN) {
            return Expected.refused(401, "UNAUTHENTICATED");
        }
        return switch (endpoint) {
            // the panel reviewer reviews the owner's request openly (its committee is not blinded)
            case GET_REQUEST, GET_MANUSCRIPT, GET_RESEARCHER -> Set.of(Caller.OWNER, Caller.PANEL_REVIEWER, Caller.STEWARD, Caller.COMPLIANCE)
                    .contains(caller) ? Expected.ok(200) : Expected.unseen();
            case WITHDRAW, RESUBMIT -> switch (caller) {
                case OWNER -> endpoint == Endpoint.WITHDRAW ? Expected.ok(200) : Expected.refused(409, "NOT_AWAITING_CHANGES");
                case OTHER_RESEARCHER -> Expected.unseen();
                default -> Expected.needs("researcher");
            };
            case VOTE, DECLARE_CONFLICT, REVIEW_MANUSCRIPT -> switch (caller) {
                case PANEL_REVIEWER -> Expected.ok(201);
                case OFF_PANEL_REVIEWER -> Expected.unseen();
                default -> Expected.needs("reviewer");
            };
            case PUT_TERMS, PUT_COMMITTEE, RECORD_CONSENT, WITHDRAW_CONSENT -> caller == Caller.STEWARD
                    ? Expected.ok(endpoint.method.equals("PUT") ? 200 : 201) : Expected.needs("steward");
            case READ_CONSENTS -> caller == Caller.STEWARD || caller == Caller.COMPLIANCE ? Expected.ok(200)
                    : Expected.needs("compliance or steward");
        };
    }

    @BeforeEach
    void world() {
        if (world == null) {
            world = build();
        }
    }

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @MethodSource("matrix")
    void eachCallerGetsWhatTheirRelationAllows(Endpoint endpoint, Caller caller, Expected expected) {
        boolean acts = expected.status() < 300 && !endpoint.method.equals("GET");
        // A case that succeeds changes its object, so it acts on a fresh one and leaves the shared world as it was.
        World target = acts && endpoint.object.apply(world).equals(world.request()) ? withRequest(freshRequest())
                : acts && endpoint == Endpoint.REVIEW_MANUSCRIPT ? withManuscript(manuscriptOf(world.owner(), world.release())) : world;
        String id = endpoint.object.apply(target);
        long eventsBefore = storedEvents();

        HttpApi.Response response = call(endpoint, endpoint.path.apply(id), caller.token(world), bodyFor(endpoint));

        assertThat(response.status()).as(response.raw()).isEqualTo(expected.status());
        if (expected.status() >= 400) {
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(storedEvents()).as("a refusal changes nothing").isEqualTo(eventsBefore);
        }
        if (expected.code() != null) {
            assertThat(response.json().at("/code").asText()).isEqualTo(expected.code());
        }
        if (expected.named() != null) {
            assertThat(response.json().at("/detail").asText()).as(response.raw()).contains(expected.named());
        }
        if (expected.status() == 404) {
            HttpApi.Response missing = call(endpoint, endpoint.path.apply(endpoint.missingId), caller.token(world),
                    bodyFor(endpoint));
            assertThat(response.json().at("/code").asText()).isEqualTo(endpoint.unknownCode)
                    .isEqualTo(missing.json().at("/code").asText());
            assertThat(response.json().at("/detail").asText().replace(id, "ID"))
                    .as("the same answer as for an id that does not exist")
                    .isEqualTo(missing.json().at("/detail").asText().replace(endpoint.missingId, "ID"));
        }
    }

    private HttpApi.Response call(Endpoint endpoint, String path, String token, String body) {
        return switch (endpoint.method) {
            case "GET" -> api.get(path, token);
            case "PUT" -> api.put(path, token, body);
            default -> api.post(path, token, body);
        };
    }

    private String bodyFor(Endpoint endpoint) {
        return switch (endpoint) {
            case RESUBMIT -> HttpApi.json(request(world.dataset()));
            case PUT_TERMS -> HttpApi.json(dataset(world.dataset(), List.of("DUO:0000042"), "auto").get("terms"));
            case PUT_COMMITTEE -> HttpApi.json(committee());
            default -> endpoint.body == null ? null : HttpApi.json(endpoint.body);
        };
    }

    private Map<String, Object> committee() {
        return Map.of("reviewers", List.of(world.panel(), "rev-second-" + world.dataset()), "approvals_required", 2,
                "blinded", false);
    }

    private World build() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String owner = "p-owner-" + suffix;
        String other = "p-other-" + suffix;
        registerResearcher(owner);
        HttpApi.Response registered = api.post("/api/researchers", STEWARD, HttpApi.json(Map.of("id", other,
                "name", "Barbara Liskov", "institution", "inst-other", "country", "DE", "vetted", true, "dsa_signed", true)));
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        String dataset = "ds-access-" + suffix;
        registerDataset(dataset, List.of("DUO:0000042"), "auto");
        World partial = new World(owner, other, "rev-panel-" + suffix, "rev-off-" + suffix, dataset, null, null, null);
        world = partial;
        HttpApi.Response committee = api.put("/api/datasets/" + dataset + "/committee", STEWARD, HttpApi.json(committee()));
        assertThat(committee.status()).as(committee.raw()).isEqualTo(200);
        String release = released(owner, List.of(dataset), obligations());
        return new World(owner, other, partial.panel(), partial.offPanel(), dataset, freshRequest(), release,
                manuscriptOf(owner, release));
    }

    private World withRequest(String requestId) {
        return new World(world.owner(), world.other(), world.panel(), world.offPanel(), world.dataset(), requestId,
                world.release(), world.manuscript());
    }

    private World withManuscript(String manuscriptId) {
        return new World(world.owner(), world.other(), world.panel(), world.offPanel(), world.dataset(), world.request(),
                world.release(), manuscriptId);
    }

    /** A request of the owner's, sent to review by the policy. */
    private String freshRequest() {
        HttpApi.Response submitted = api.post("/api/requests", TestTokens.token(world.owner(), "researcher"),
                HttpApi.json(request(world.dataset())));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        String id = submitted.json().at("/id").asText();
        Decision review = new Decision(Outcome.REVIEW, List.of(new Reason("review", "COMMITTEE_REVIEW_REQUIRED", null,
                "Committee review.")), obligations(), "sha256:test");
        publish(Topic.DECISIONS, id, new DecisionMade("dec-" + UUID.randomUUID(), id, Instant.now(), review), "policy-service");
        await().atMost(WAIT).untilAsserted(() -> assertThat(api.get("/api/requests/" + id, STEWARD).json()
                .at("/state").asText()).isEqualTo("AWAITING_REVIEW"));
        return id;
    }

    private static Obligations obligations() {
        return new Obligations(LocalDate.now().plusYears(1), "secure_enclave", "approval", List.of("age_band"), false,
                false, null, false);
    }
}

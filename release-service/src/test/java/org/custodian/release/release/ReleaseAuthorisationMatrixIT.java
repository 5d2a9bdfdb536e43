package org.custodian.release.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.custodian.release.ReleaseServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Object-level authorisation (issue 13 §2, invariant 8) over every endpoint on one release × every
 * kind of caller: who may not see the release gets 404 as for a missing one, who sees it but may not
 * act gets 403 naming the role, and a refused call changes nothing.
 */
class ReleaseAuthorisationMatrixIT extends ReleaseServiceIntegration {

    private static final String OWNER = "r-matrix-owner";
    private static String shared;

    /** A caller as the matrix knows it, and the token it sends. */
    enum Who {
        OWNER, OTHER_RESEARCHER, REVIEWER, STEWARD, COMPLIANCE, INTEGRATION, ADMIN, NO_TOKEN, EXPIRED_TOKEN;

        String token() {
            return switch (this) {
                case OWNER -> TestTokens.token(ReleaseAuthorisationMatrixIT.OWNER, "researcher");
                case OTHER_RESEARCHER -> TestTokens.token("r-matrix-other", "researcher");
                case REVIEWER -> TestTokens.token("rev-matrix", "reviewer");
                case STEWARD -> TestTokens.token("steward-matrix", "steward");
                case COMPLIANCE -> TestTokens.token("auditor-matrix", "compliance");
                case INTEGRATION -> TestTokens.token("enclave-matrix", "integration");
                case ADMIN -> TestTokens.token("admin-matrix", "admin");
                case NO_TOKEN -> null;
                case EXPIRED_TOKEN -> TestTokens.expiredToken(ReleaseAuthorisationMatrixIT.OWNER, "researcher");
            };
        }
    }

    /** An endpoint on one release, what it needs, and the answer of a caller who passes the guard. */
    enum Endpoint {
        READ_RELEASE("GET", "", ReleaseNeed.READ, 200, null),
        GRANT("GET", "/grant", ReleaseNeed.READ, 200, null),
        STATUS("GET", "/status", ReleaseNeed.READ, 200, null),
        ACCESSES("POST", "/accesses", ReleaseNeed.INTEGRATION, 202, null),
        ERASURE_CERTIFICATE("POST", "/erasure-certificates", ReleaseNeed.OWN_RESEARCHER, 201, null),
        ERASURE_REQUEST_CERTIFICATE("POST", "/erasure-requests/era-none/certificates", ReleaseNeed.OWN_RESEARCHER, 404,
                "UNKNOWN_ERASURE_REQUEST"),
        EVIDENCE_REQUEST("POST", "/evidence-requests", ReleaseNeed.STEWARD, 202, null),
        REVOKE("POST", "/revoke", ReleaseNeed.STEWARD, 200, null),
        FLAG_RESOLUTION("POST", "/flag-resolution", ReleaseNeed.STEWARD, 409, "NOT_FLAGGED"),
        SCHEDULE("PUT", "/schedule", ReleaseNeed.STEWARD, 200, null);

        final String method;
        final String suffix;
        final ReleaseNeed need;
        final int passed;
        final String passedCode;

        Endpoint(String method, String suffix, ReleaseNeed need, int passed, String passedCode) {
            this.method = method;
            this.suffix = suffix;
            this.need = need;
            this.passed = passed;
            this.passedCode = passedCode;
        }

        String body() {
            return switch (this) {
                case ACCESSES -> "{\"researcher_id\":\"" + ReleaseAuthorisationMatrixIT.OWNER
                        + "\",\"dataset_id\":\"ds-trials\",\"accessed_at\":\"" + CLOCK.instant() + "\"}";
                case ERASURE_CERTIFICATE, ERASURE_REQUEST_CERTIFICATE -> "{\"scope\":\"all copies\",\"method\":\"wipe\","
                        + "\"erased_on\":\"" + CLOCK.today() + "\",\"attestation\":\"Gone.\"}";
                case EVIDENCE_REQUEST -> "{\"note\":\"Show the wipe log.\"}";
                case REVOKE -> "{\"reason\":\"DSA breached.\"}";
                case FLAG_RESOLUTION -> "{\"action\":\"keep\",\"reason\":\"Fine.\"}";
                case SCHEDULE -> "{\"every_days\":30}";
                default -> null;
            };
        }
    }

    /** What the matrix expects: who may not see gets 404, who sees but may not act 403, a bad token 401. */
    static int expected(Endpoint endpoint, Who who) {
        return switch (who) {
            case NO_TOKEN, EXPIRED_TOKEN -> 401;
            case OTHER_RESEARCHER, REVIEWER -> 404;
            case OWNER -> endpoint.need == ReleaseNeed.READ || endpoint.need == ReleaseNeed.OWN_RESEARCHER ? endpoint.passed : 403;
            case STEWARD -> endpoint.need == ReleaseNeed.READ || endpoint.need == ReleaseNeed.STEWARD ? endpoint.passed : 403;
            case COMPLIANCE -> endpoint.need == ReleaseNeed.READ ? endpoint.passed : 403;
            case INTEGRATION -> endpoint.need == ReleaseNeed.READ || endpoint.need == ReleaseNeed.INTEGRATION ? endpoint.passed : 403;
            case ADMIN -> endpoint.need == ReleaseNeed.OWN_RESEARCHER ? 403 : endpoint.passed;
        };
    }

    static Stream<Arguments> cases() {
        return Arrays.stream(Endpoint.values()).flatMap(endpoint -> Arrays.stream(Who.values())
                .map(who -> Arguments.of(endpoint, who)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("cases")
    void eachCallerGetsWhatTheirRelationToTheReleaseAllows(Endpoint endpoint, Who who) {
        int expected = expected(endpoint, who);
        boolean passes = expected == endpoint.passed && who != Who.NO_TOKEN && who != Who.EXPIRED_TOKEN
                && !(who == Who.OTHER_RESEARCHER || who == Who.REVIEWER);
        // A call that may change the release gets one of its own; refusals and reads share one.
        String releaseId = passes && !"GET".equals(endpoint.method) ? release(approval(newRequestId(), OWNER, ERASE_BY)) : shared();
        long eventsBefore = storedEventsOf(releaseId);

        HttpApi.Response response = call(endpoint, who, "/api/releases/" + releaseId + endpoint.suffix);

        assertThat(response.status()).as(endpoint + " by " + who + ": " + response.raw()).isEqualTo(expected);
        if (passes) {
            if (endpoint.passedCode != null) {
                assertThat(response.json().at("/code").asText()).isEqualTo(endpoint.passedCode);
            }
            return;
        }
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo(switch (expected) {
            case 401 -> "UNAUTHENTICATED";
            case 404 -> "UNKNOWN_RELEASE";
            default -> "ROLE_REQUIRED";
        });
        if (expected == 403) {
            assertThat(response.json().at("/required_role").asText()).isNotBlank();
            assertThat(response.json().at("/detail").asText()).contains(response.json().at("/required_role").asText());
        }
        assertThat(storedEventsOf(releaseId)).as("a refused call changes nothing").isEqualTo(eventsBefore);
    }

    private HttpApi.Response call(Endpoint endpoint, Who who, String path) {
        return switch (endpoint.method) {
            case "GET" -> api.get(path, who.token());
            case "PUT" -> api.put(path, who.token(), endpoint.body());
            default -> api.post(path, who.token(), endpoint.body(), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        };
    }

    private String shared() {
        if (shared == null) {
            shared = release(approval(newRequestId(), OWNER, ERASE_BY));
        }
        return shared;
    }
}

package org.custodian.release.grant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.Inflater;
import org.custodian.release.ReleaseServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A live release gives a short-lived grant signed by the service; a revoked, erased or expired one
 * answers 410 Gone, and its bit in the published status list turns to 1 (invariant 12).
 */
class GrantIT extends ReleaseServiceIntegration {

    private static final String STEWARD = TestTokens.token("steward-1", "steward");

    @Test
    void theGrantNamesTheTermsIsShortLivedAndVerifiesAgainstThePublishedKeys() throws Exception {
        String requestId = newRequestId();
        String researcher = "r-" + UUID.randomUUID();
        String releaseId = release(approval(requestId, researcher, ERASE_BY));

        HttpApi.Response grant = grant(releaseId, TestTokens.token(researcher, "researcher"));

        assertThat(grant.status()).as(grant.raw()).isEqualTo(200);
        JWTClaimsSet claims = verified(grant.json().at("/grant").asText(), "custodian-grant+jwt");
        assertThat(claims.getSubject()).isEqualTo(researcher);
        assertThat(claims.getStringClaim("release_id")).isEqualTo(releaseId);
        assertThat(claims.getStringListClaim("datasets")).isEqualTo(List.of("ds-trials"));
        assertThat(claims.getStringListClaim("fields")).isEqualTo(List.of("age_band", "hba1c"));
        assertThat(claims.getStringClaim("access_mode")).isEqualTo("secure_enclave");
        assertThat(claims.getStringClaim("erase_by")).isEqualTo(ERASE_BY.toString());
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(24));
        assertThat(grant.json().at("/expires_at").asText()).isEqualTo(claims.getExpirationTime().toInstant().toString());
        Map<String, Object> reference = claims.getJSONObjectClaim("status");
        assertThat(reference).containsKey("status_list");
        assertThat(grant(releaseId, TestTokens.token(researcher, "researcher")).json().at("/grant").asText())
                .as("each grant is signed afresh").isNotEqualTo(grant.json().at("/grant").asText());
    }

    @Test
    void aGrantNeverOutlivesTheRelease() throws Exception {
        LocalDate eraseBy = CLOCK.today().plusDays(1);
        String releaseId = release(approval(newRequestId(), "r-1", eraseBy));

        JWTClaimsSet claims = verified(grant(releaseId, STEWARD).json().at("/grant").asText(), "custodian-grant+jwt");

        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(eraseBy.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    @Test
    void aRevokedReleaseHasNoGrantAndItsStatusTurnsInvalidInTheSignedList() throws Exception {
        String researcher = "r-" + UUID.randomUUID();
        String releaseId = release(approval(newRequestId(), researcher, ERASE_BY));
        String own = TestTokens.token(researcher, "researcher");
        JsonNode reference = grant(releaseId, own).json().at("/status/status_list");
        assertThat(bit(reference)).isZero();
        assertThat(status(releaseId, own).json().at("/status").asText()).isEqualTo("VALID");

        HttpApi.Response revoked = api.post("/api/releases/" + releaseId + "/revoke", STEWARD, "{\"reason\":\"DSA breached\"}");
        assertThat(revoked.status()).as(revoked.raw()).isEqualTo(200);

        assertProblem(grant(releaseId, own), 410, "RELEASE_REVOKED");
        assertThat(bit(reference)).isEqualTo(1);
        HttpApi.Response status = status(releaseId, own);
        assertThat(status.json().at("/status").asText()).isEqualTo("INVALID");
        assertThat(status.json().at("/reason").asText()).isEqualTo("RELEASE_REVOKED");
        assertThat(status.json().at("/status_list/idx").asLong()).isEqualTo(reference.at("/idx").asLong());
    }

    @Test
    void anErasedReleaseHasNoGrantAndAUseAfterwardsIsAViolation() throws Exception {
        String researcher = "r-" + UUID.randomUUID();
        String releaseId = release(approval(newRequestId(), researcher, ERASE_BY));
        String own = TestTokens.token(researcher, "researcher");
        JsonNode reference = grant(releaseId, own).json().at("/status/status_list");

        HttpApi.Response certified = api.post("/api/releases/" + releaseId + "/erasure-certificates", own, HttpApi.json(Map.of(
                "scope", "all copies", "method", "secure wipe", "erased_on", CLOCK.today().toString(), "attestation", "Gone.")));
        assertThat(certified.status()).as(certified.raw()).isEqualTo(201);

        assertProblem(grant(releaseId, own), 410, "RELEASE_ERASED");
        assertThat(status(releaseId, own).json().at("/reason").asText()).isEqualTo("RELEASE_ERASED");
        assertThat(bit(reference)).isEqualTo(1);

        HttpApi.Response access = api.post("/api/releases/" + releaseId + "/accesses", TestTokens.token("enclave", "integration"),
                "{\"researcher_id\":\"" + researcher + "\",\"dataset_id\":\"ds-trials\",\"accessed_at\":\""
                        + CLOCK.instant() + "\"}", Map.of("Idempotency-Key", "after-erasure"));
        assertThat(access.json().at("/recorded_as").asText()).as(access.raw()).isEqualTo("release.access-violated");
        assertThat(access.json().at("/violations").toString()).isEqualTo("[\"ERASED\"]");
    }

    @Test
    void anExpiredReleaseHasNoGrantFromItsExpiryOn() throws Exception {
        LocalDate eraseBy = CLOCK.today().plusDays(3);
        String releaseId = release(approval(newRequestId(), "r-1", eraseBy));
        JsonNode reference = grant(releaseId, STEWARD).json().at("/status/status_list");

        CLOCK.travelTo(eraseBy, Duration.ZERO);

        assertProblem(grant(releaseId, STEWARD), 410, "RELEASE_EXPIRED");
        assertThat(status(releaseId, STEWARD).json().at("/reason").asText()).isEqualTo("RELEASE_EXPIRED");
        assertThat(bit(reference)).isEqualTo(1);
    }

    @Test
    void theStatusListIsAPublicSignedTokenCacheableForAMinute() throws Exception {
        String releaseId = release(approval(newRequestId(), "r-1", ERASE_BY));
        JsonNode reference = grant(releaseId, STEWARD).json().at("/status/status_list");
        String uri = reference.at("/uri").asText();

        HttpApi.Response list = api.get(URI.create(uri).getPath(), null);

        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        assertThat(list.header("Content-Type")).startsWith("application/statuslist+jwt");
        assertThat(list.header("Cache-Control")).contains("max-age=60");
        JWTClaimsSet claims = verified(list.raw(), "statuslist+jwt");
        assertThat(claims.getSubject()).isEqualTo(uri);
        assertThat(claims.getLongClaim("ttl")).isEqualTo(60L);
        assertThat(claims.getJSONObjectClaim("status_list")).containsEntry("bits", 1L);
        assertProblem(api.get("/api/status-lists/999999", null), 404, "UNKNOWN_STATUS_LIST");
    }

    @Test
    void everyGrantIsSignedWithTheSameStoredKey() {
        long keys = jdbc.sql("SELECT count(*) FROM grant_signing_key").query(Long.class).single();
        String releaseId = release(approval(newRequestId(), "r-1", ERASE_BY));
        grant(releaseId, STEWARD);

        assertThat(jdbc.sql("SELECT count(*) FROM grant_signing_key").query(Long.class).single()).isEqualTo(Math.max(keys, 1));
    }

    private HttpApi.Response grant(String releaseId, String token) {
        return api.get("/api/releases/" + releaseId + "/grant", token);
    }

    private HttpApi.Response status(String releaseId, String token) {
        return api.get("/api/releases/" + releaseId + "/status", token);
    }

    private JWTClaimsSet verified(String token, String type) throws Exception {
        HttpApi.Response jwks = api.get("/.well-known/jwks.json", null);
        assertThat(jwks.raw()).doesNotContain("\"d\"").doesNotContain("\"p\"");
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getType().getType()).isEqualTo(type);
        RSAKey key = (RSAKey) JWKSet.parse(jwks.raw()).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getExpirationTime().toInstant()).isAfter(CLOCK.instant());
        return claims;
    }

    // Reads the entry as a data platform would: fetch the list the grant names, verify it, inflate it, take the bit.
    private int bit(JsonNode reference) throws Exception {
        HttpApi.Response list = api.get(URI.create(reference.at("/uri").asText()).getPath(), null);
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        String lst = (String) verified(list.raw(), "statuslist+jwt").getJSONObjectClaim("status_list").get("lst");
        byte[] bits = inflate(Base64.getUrlDecoder().decode(lst));
        long idx = reference.at("/idx").asLong();
        return (bits[(int) (idx / 8)] >> (idx % 8)) & 1;
    }

    private static byte[] inflate(byte[] compressed) throws Exception {
        Inflater inflater = new Inflater();
        inflater.setInput(compressed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!inflater.finished()) {
            out.write(buffer, 0, inflater.inflate(buffer));
        }
        inflater.end();
        return out.toByteArray();
    }

    private static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo(code);
    }
}

package org.custodian.release.grant;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import java.util.UUID;
import org.custodian.release.ReleaseServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Each release carries a grant signed by the service; anyone can check it against the published key set. */
class GrantIT extends ReleaseServiceIntegration {

    @Test
    void theGrantNamesTheTermsAndVerifiesAgainstThePublishedKeys() throws Exception {
        String requestId = newRequestId();
        String researcher = "r-" + UUID.randomUUID();
        String releaseId = release(approval(requestId, researcher, ERASE_BY));

        HttpApi.Response grant = api.get("/api/releases/" + releaseId + "/grant", TestTokens.token(researcher, "researcher"));
        HttpApi.Response jwks = api.get("/.well-known/jwks.json", null);

        assertThat(grant.status()).as(grant.raw()).isEqualTo(200);
        assertThat(jwks.status()).as(jwks.raw()).isEqualTo(200);
        assertThat(jwks.raw()).doesNotContain("\"d\"").doesNotContain("\"p\"");
        SignedJWT jwt = SignedJWT.parse(grant.json().at("/grant").asText());
        RSAKey key = (RSAKey) JWKSet.parse(jwks.raw()).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(researcher);
        assertThat(claims.getStringClaim("release_id")).isEqualTo(releaseId);
        assertThat(claims.getStringListClaim("datasets")).isEqualTo(List.of("ds-trials"));
        assertThat(claims.getStringListClaim("fields")).isEqualTo(List.of("age_band", "hba1c"));
        assertThat(claims.getStringClaim("access_mode")).isEqualTo("secure_enclave");
        assertThat(claims.getStringClaim("erase_by")).isEqualTo(ERASE_BY.toString());
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(ERASE_BY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }

    @Test
    void aGrantIsShownOnlyToThoseWhoMayReadTheRelease() {
        String researcher = "r-" + UUID.randomUUID();
        String releaseId = release(approval(newRequestId(), researcher, ERASE_BY));
        String path = "/api/releases/" + releaseId + "/grant";

        assertThat(api.get(path, null).status()).isEqualTo(401);
        assertThat(api.get(path, TestTokens.token("rev", "reviewer")).status()).isEqualTo(403);
        assertThat(api.get(path, TestTokens.token("r-other", "researcher")).json().at("/code").asText()).isEqualTo("UNKNOWN_RELEASE");
        assertThat(api.get(path, TestTokens.token("enclave", "integration")).status()).isEqualTo(200);
    }

    @Test
    void everyGrantIsSignedWithTheSameStoredKey() {
        long keys = jdbc.sql("SELECT count(*) FROM grant_signing_key").query(Long.class).single();
        release(approval(newRequestId(), "r-1", ERASE_BY));

        assertThat(jdbc.sql("SELECT count(*) FROM grant_signing_key").query(Long.class).single()).isEqualTo(Math.max(keys, 1));
    }
}

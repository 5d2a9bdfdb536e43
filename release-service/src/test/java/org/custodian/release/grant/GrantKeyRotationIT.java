package org.custodian.release.grant;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.custodian.release.ReleaseServiceIntegration;
import org.custodian.support.secrets.SecretSeal;
import org.custodian.support.secrets.StartupSealing;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Grant signing keys are stored sealed, never as a private JWK in PostgreSQL; a rotated key keeps
 * verifying the grants it signed until they have expired, and only then leaves the key set.
 */
class GrantKeyRotationIT extends ReleaseServiceIntegration {

    private static final String STEWARD = TestTokens.token("steward-1", "steward");
    private static final String ADMIN = TestTokens.token("admin-1", "admin");

    @Autowired
    private StartupSealing sealing;
    @Autowired
    private SecretSeal seal;

    @Test
    void aGrantSignedBeforeRotationVerifiesUntilItExpiresAndNewGrantsUseTheNewKey() throws Exception {
        String releaseId = release(approval(newRequestId(), "r-1", ERASE_BY));
        SignedJWT before = SignedJWT.parse(grant(releaseId));

        HttpApi.Response rotated = api.post("/api/grant-keys/rotation", ADMIN, "");

        assertThat(rotated.status()).as(rotated.raw()).isEqualTo(200);
        String newKid = rotated.json().at("/kid").asText();
        assertThat(newKid).isNotEqualTo(before.getHeader().getKeyID());
        assertThat(rotated.json().at("/retired_kids").toString()).contains(before.getHeader().getKeyID());
        assertThat(verifies(before)).as("a grant signed before rotation still verifies").isTrue();
        SignedJWT after = SignedJWT.parse(grant(releaseId));
        assertThat(after.getHeader().getKeyID()).isEqualTo(newKid);
        assertThat(verifies(after)).isTrue();

        CLOCK.advance(Duration.ofHours(23));
        assertThat(publishedKids()).contains(before.getHeader().getKeyID(), newKid);
        CLOCK.advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(publishedKids()).as("every grant the old key signed has expired").doesNotContain(before.getHeader().getKeyID())
                .contains(newKid);
    }

    @Test
    void onlyAnAdminRotates() {
        HttpApi.Response refused = api.post("/api/grant-keys/rotation", STEWARD, "");

        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(refused.json().at("/code").asText()).isEqualTo("FORBIDDEN");
    }

    @Test
    void theDatabaseHoldsNoPrivateKeyInPlaintext() {
        grant(release(approval(newRequestId(), "r-1", ERASE_BY)));
        api.post("/api/grant-keys/rotation", ADMIN, "");

        List<String> stored = jdbc.sql("SELECT sealed_jwk FROM grant_signing_key").query(String.class).list();

        assertThat(stored).hasSizeGreaterThanOrEqualTo(2).allSatisfy(value -> assertThat(value)
                .startsWith("seal:v1:").doesNotContain("\"d\"", "\"p\"", "\"kty\"", "PRIVATE KEY"));
    }

    @Test
    void aKeyStoredInPlaintextBeforeSealingIsSealedAtStartupAndStillPublished() throws Exception {
        RSAKey legacy = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                .keyIDFromThumbprint(true).generate();
        jdbc.sql("INSERT INTO grant_signing_key (kid, sealed_jwk, created_at, retired_at) VALUES (?, ?, ?, ?)")
                .params(legacy.getKeyID(), legacy.toJSONString(), Timestamp.from(CLOCK.instant().minusSeconds(60)),
                        Timestamp.from(CLOCK.instant())).update();

        sealing.run(null);

        String stored = jdbc.sql("SELECT sealed_jwk FROM grant_signing_key WHERE kid = ?").param(legacy.getKeyID())
                .query(String.class).single();
        assertThat(stored).startsWith("seal:v1:").doesNotContain("\"d\"");
        assertThat(RSAKey.parse(seal.open(stored)).toRSAPrivateKey()).isEqualTo(legacy.toRSAPrivateKey());
        assertThat(publishedKids()).contains(legacy.getKeyID());
    }

    private String grant(String releaseId) {
        HttpApi.Response grant = api.get("/api/releases/" + releaseId + "/grant", STEWARD);
        assertThat(grant.status()).as(grant.raw()).isEqualTo(200);
        return grant.json().at("/grant").asText();
    }

    private boolean verifies(SignedJWT jwt) throws Exception {
        JWKSet keys = JWKSet.parse(api.get("/.well-known/jwks.json", null).raw());
        RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        return key != null && jwt.verify(new RSASSAVerifier(key));
    }

    private List<String> publishedKids() throws Exception {
        return JWKSet.parse(api.get("/.well-known/jwks.json", null).raw()).getKeys().stream().map(k -> k.getKeyID()).toList();
    }
}

package org.custodian.release.grant;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The RS256 key grants are signed with, created on first use and kept in the service's database,
 * so that it survives restarts and every instance signs with the same one.
 */
@Component
class GrantKeys {

    private final JdbcClient jdbc;
    private volatile List<RSAKey> keys;

    GrantKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RSAKey signingKey() {
        return keys().get(0);
    }

    JWKSet publicKeys() {
        return new JWKSet(keys().stream().map(key -> (com.nimbusds.jose.jwk.JWK) key.toPublicJWK()).toList());
    }

    private synchronized List<RSAKey> keys() {
        if (keys == null) {
            List<RSAKey> stored = stored();
            if (stored.isEmpty()) {
                RSAKey created = generate();
                // Another instance may have created one at the same moment: whichever is stored wins.
                jdbc.sql("INSERT INTO grant_signing_key (kid, jwk) VALUES (?, ?) ON CONFLICT DO NOTHING")
                        .params(created.getKeyID(), created.toJSONString()).update();
                stored = stored();
            }
            keys = stored;
        }
        return keys;
    }

    private List<RSAKey> stored() {
        return jdbc.sql("SELECT jwk FROM grant_signing_key ORDER BY created_at DESC, kid").query(String.class).list()
                .stream().map(GrantKeys::parse).toList();
    }

    private static RSAKey parse(String jwk) {
        try {
            return RSAKey.parse(jwk);
        } catch (ParseException e) {
            throw new IllegalStateException("Unreadable grant signing key", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot create a grant signing key", e);
        }
    }
}

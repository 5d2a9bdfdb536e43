package org.custodian.release.grant;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.custodian.support.secrets.SealedStore;
import org.custodian.support.secrets.SecretSeal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RS256 keys grants are signed with, kept sealed in the service's database so that they survive
 * restarts and every instance signs with the same one. The newest unretired key signs; a key retired by
 * rotation stays published until the grant lifetime has passed, so every grant it signed still verifies.
 */
@Component
class GrantKeys implements SealedStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SecretSeal seal;
    private final Clock clock;
    private final Duration lifetime;
    private final Map<String, RSAKey> opened = new ConcurrentHashMap<>();

    GrantKeys(JdbcClient jdbc, TransactionTemplate transactions, SecretSeal seal, Clock clock, GrantSettings settings) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.seal = seal;
        this.clock = clock;
        this.lifetime = settings.lifetime();
    }

    RSAKey signingKey() {
        return current().map(this::open).orElseGet(() -> open(createFirst()));
    }

    JWKSet publicKeys() {
        signingKey();
        Instant since = clock.instant().minus(lifetime);
        return new JWKSet(stored().stream().filter(key -> key.retiredAt() == null || key.retiredAt().isAfter(since))
                .map(key -> (JWK) open(key).toPublicJWK()).toList());
    }

    /** Retires the signing key and signs with a new one from now on. */
    Rotation rotate() {
        return rotateIf(key -> true).orElseThrow();
    }

    /** Rotates if the signing key is at least {@code age} old; checked under the lock, so instances rotate once. */
    Optional<Rotation> rotateIfOlderThan(Duration age) {
        return rotateIf(key -> !key.createdAt().plus(age).isAfter(clock.instant()));
    }

    private Optional<Rotation> rotateIf(Predicate<StoredKey> due) {
        return transactions.execute(status -> {
            lock();
            if (current().filter(due.negate()).isPresent()) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            List<String> retired = jdbc.sql("UPDATE grant_signing_key SET retired_at = ? WHERE retired_at IS NULL RETURNING kid")
                    .param(Timestamp.from(now)).query(String.class).list();
            return Optional.of(new Rotation(insert(now).kid(), retired, now.plus(lifetime)));
        });
    }

    @Override
    public String what() {
        return "grant signing keys";
    }

    @Override
    public int sealStored() {
        return transactions.execute(status -> {
            lock();
            List<StoredKey> unsealed = stored().stream().filter(key -> seal.needsResealing(key.sealedJwk())).toList();
            unsealed.forEach(key -> jdbc.sql("UPDATE grant_signing_key SET sealed_jwk = ? WHERE kid = ?")
                    .params(seal.seal(open(key).toJSONString()), key.kid()).update());
            return unsealed.size();
        });
    }

    /** The new signing key, the keys it retired, and until when those stay published. */
    record Rotation(String kid, List<String> retiredKids, Instant retiredPublishedUntil) {
    }

    private StoredKey createFirst() {
        return transactions.execute(status -> {
            // Instances starting at once must agree on one key: whoever takes the lock first creates it.
            lock();
            return current().orElseGet(() -> insert(clock.instant()));
        });
    }

    private void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('grant_signing_key'))").query().singleRow();
    }

    private StoredKey insert(Instant now) {
        RSAKey created = generate();
        StoredKey key = new StoredKey(created.getKeyID(), seal.seal(created.toJSONString()), now, null);
        jdbc.sql("INSERT INTO grant_signing_key (kid, sealed_jwk, created_at) VALUES (?, ?, ?)")
                .params(key.kid(), key.sealedJwk(), Timestamp.from(now)).update();
        opened.put(key.kid(), created);
        return key;
    }

    private Optional<StoredKey> current() {
        return stored().stream().filter(key -> key.retiredAt() == null).findFirst();
    }

    private List<StoredKey> stored() {
        return jdbc.sql("SELECT kid, sealed_jwk, created_at, retired_at FROM grant_signing_key ORDER BY created_at DESC, kid")
                .query((rs, row) -> new StoredKey(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        Optional.ofNullable(rs.getTimestamp(4)).map(Timestamp::toInstant).orElse(null)))
                .list();
    }

    private RSAKey open(StoredKey key) {
        return opened.computeIfAbsent(key.kid(), kid -> parse(seal.openStored(key.sealedJwk())));
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

    private record StoredKey(String kid, String sealedJwk, Instant createdAt, Instant retiredAt) {
    }
}

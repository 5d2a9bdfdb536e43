package org.custodian.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/** Bearer tokens signed by a key made for this JVM; services under test trust its public key file. */
public final class TestTokens {

    private static RSAKey key;
    private static Path publicKeyFile;

    private TestTokens() {
    }

    /** A token for {@code subject} holding {@code roles}, valid for an hour. */
    public static String token(String subject, String... roles) {
        return sign(subject, List.of(roles), Instant.now().plusSeconds(3600));
    }

    public static String expiredToken(String subject, String... roles) {
        return sign(subject, List.of(roles), Instant.now().minusSeconds(600));
    }

    /** A token with a valid shape signed by a key nobody trusts. */
    public static String foreignToken(String subject, String... roles) {
        return sign(generate(), subject, List.of(roles), Instant.now().plusSeconds(3600));
    }

    public static synchronized String publicKeyLocation() {
        if (publicKeyFile == null) {
            try {
                publicKeyFile = Files.createTempFile("custodian-test-jwt", ".pem");
                String pem = "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key().toPublicKey().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
                Files.writeString(publicKeyFile, pem);
                publicKeyFile.toFile().deleteOnExit();
            } catch (IOException | JOSEException e) {
                throw new IllegalStateException("Cannot write the test public key", e);
            }
        }
        return "file:" + publicKeyFile;
    }

    private static synchronized RSAKey key() {
        if (key == null) {
            key = generate();
        }
        return key;
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("test").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(String subject, List<String> roles, Instant expiry) {
        return sign(key(), subject, roles, expiry);
    }

    private static String sign(RSAKey signingKey, String subject, List<String> roles, Instant expiry) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).claim("roles", roles)
                .issueTime(new Date()).expirationTime(Date.from(expiry)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        return jwt.serialize();
    }
}

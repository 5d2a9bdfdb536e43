package org.custodian.console.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.file.Files;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.custodian.console.ConsoleProperties;

/**
 * Mints tokens as {@code infra/platform token} does, with the same key file, so the services accept them. The key is
 * read on each use: the platform makes it on its first start, possibly after the console started.
 */
final class PlatformKey {

    private final ConsoleProperties.DevSignIn settings;
    private final Clock clock;

    PlatformKey(ConsoleProperties.DevSignIn settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    String token(String subject, List<String> roles) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(settings.issuer()).subject(subject).claim("roles", roles)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(settings.lifetime()))).build();
        try {
            RSAKey key = RSAKey.parse(Files.readString(settings.keyFile()));
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (IOException | ParseException | JOSEException e) {
            throw new IllegalStateException("The platform's signing key at " + settings.keyFile()
                    + " is missing or unusable; start the platform (infra/platform up) first.", e);
        }
    }
}

package org.custodian.release.grant;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import org.custodian.contracts.releases.ReleaseIssued;
import org.custodian.release.release.ReleaseCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes the grant of a release: who may use which datasets and fields, in which access mode, until
 * when, and the date by which the data must be erased.
 */
@Component
class GrantSigner {

    static final String TYPE = "custodian-grant+jwt";

    private final GrantKeys keys;
    private final String issuer;

    GrantSigner(GrantKeys keys, @Value("${custodian.events.source:/${spring.application.name}}") String issuer) {
        this.keys = keys;
        this.issuer = issuer;
    }

    String sign(ReleaseIssued release, Instant issuedAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(release.researcherId())
                .jwtID(release.releaseId())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(ReleaseCalendar.expiresAt(release.eraseBy())))
                .claim("release_id", release.releaseId())
                .claim("request_id", release.requestId())
                .claim("datasets", release.datasets())
                .claim("fields", release.obligations() == null ? java.util.List.of() : release.obligations().fields())
                .claim("access_mode", release.obligations() == null ? null : release.obligations().accessMode())
                .claim("erase_by", release.eraseBy().toString())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.signingKey().getKeyID())
                    .type(new JOSEObjectType(TYPE)).build(), claims);
            jwt.sign(new RSASSASigner(keys.signingKey()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the grant of " + release.releaseId(), e);
        }
    }
}

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodian.release.release.ReleaseView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes the grant of a release: who may use which datasets and fields, in which access mode, until
 * when, the date by which the data must be erased, and where its status is published. Signs the
 * status lists with the same key.
 */
@Component
class GrantSigner {

    static final String TYPE = "custodian-grant+jwt";
    static final String STATUS_LIST_TYPE = "statuslist+jwt";

    private final GrantKeys keys;
    private final String issuer;

    GrantSigner(GrantKeys keys, @Value("${custodian.events.source:/${spring.application.name}}") String issuer) {
        this.keys = keys;
        this.issuer = issuer;
    }

    String sign(ReleaseView release, Instant issuedAt, Instant expiresAt, StatusReference status) {
        return sign(TYPE, new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(release.researcherId())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .claim("release_id", release.id())
                .claim("request_id", release.requestId())
                .claim("datasets", release.datasets())
                .claim("fields", release.obligations() == null ? List.of() : release.obligations().fields())
                .claim("access_mode", release.obligations() == null ? null : release.obligations().accessMode())
                .claim("erase_by", release.eraseBy().toString())
                .claim("status", status.claim())
                .build());
    }

    /** A status list token (Token Status List §5.1): its subject is the URI it is fetched from. */
    String signStatusList(String uri, String lst, Instant issuedAt, Instant expiresAt, long ttlSeconds) {
        return sign(STATUS_LIST_TYPE, new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(uri)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .claim("ttl", ttlSeconds)
                .claim("status_list", Map.of("bits", 1, "lst", lst))
                .build());
    }

    private String sign(String type, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.signingKey().getKeyID())
                    .type(new JOSEObjectType(type)).build(), claims);
            jwt.sign(new RSASSASigner(keys.signingKey()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a " + type + " for " + claims.getSubject(), e);
        }
    }
}

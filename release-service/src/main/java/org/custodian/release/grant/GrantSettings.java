package org.custodian.release.grant;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a grant is valid (never beyond its release's expiry), how many releases one status list
 * holds, how long data platforms may cache a list ({@code max-age}) and how long its token is valid,
 * the public base URI the lists are named by (empty: the URI the caller reached this service at), and
 * how often the signing key is replaced (null: only when an admin rotates it).
 */
@ConfigurationProperties("custodian.releases.grants")
record GrantSettings(@DefaultValue("PT24H") Duration lifetime, @DefaultValue("65536") int statusListSize,
                     @DefaultValue("PT60S") Duration statusListMaxAge, @DefaultValue("PT1H") Duration statusListValidity,
                     @DefaultValue("") String publicBaseUri, Duration keyRotation) {
}

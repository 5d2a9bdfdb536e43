package org.custodian.console;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the four services answer, which claim of the identity provider's token carries the roles, and
 * (local profile only) the platform key that backs the development sign-in.
 */
@ConfigurationProperties("custodian.console")
public record ConsoleProperties(@DefaultValue Services services, @DefaultValue("roles") String rolesClaim,
                                @DefaultValue DevSignIn devSignIn) {

    /** The services' base addresses. */
    public record Services(@DefaultValue("http://localhost:8081") URI request, @DefaultValue("http://localhost:8082") URI policy,
                           @DefaultValue("http://localhost:8083") URI release, @DefaultValue("http://localhost:8084") URI audit) {
    }

    /** The local platform's signing key (a JWK file, as {@code infra/platform} writes it) and how long a minted token lives. */
    public record DevSignIn(Path keyFile, @DefaultValue("custodian-local-platform") String issuer,
                            @DefaultValue("PT8H") Duration lifetime) {
    }
}

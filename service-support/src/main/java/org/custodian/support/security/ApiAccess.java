package org.custodian.support.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's role rules by path, checked before the body is read, so that a caller without the
 * role gets 403 whatever they sent. Paths not named here need only a valid token.
 */
@FunctionalInterface
public interface ApiAccess {

    void rules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}

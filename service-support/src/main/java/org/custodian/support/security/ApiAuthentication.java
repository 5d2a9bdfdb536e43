package org.custodian.support.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A service's extra way to authenticate some requests besides bearer tokens, such as a request
 * signature on a webhook endpoint; typically adds a filter before the bearer-token filter.
 */
@FunctionalInterface
public interface ApiAuthentication {

    void configure(HttpSecurity http) throws Exception;
}

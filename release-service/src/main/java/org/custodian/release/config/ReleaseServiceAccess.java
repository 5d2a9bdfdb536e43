package org.custodian.release.config;

import org.custodian.support.security.ApiAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may do what with releases (DESIGN §2, §9): researchers read their own and certify their
 * erasure, integrations report accesses, stewards revoke, resolve flags, set delivery schedules, ask
 * for evidence and see parked deadlines. The grant key set
 * is public, so that anyone holding a grant can check it.
 */
@Configuration
class ReleaseServiceAccess {

    @Bean
    ApiAccess releaseServiceRoles() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/.well-known/jwks.json").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/releases", "/api/releases/**")
                .hasAnyRole("researcher", "integration", "steward")
                .requestMatchers(HttpMethod.POST, "/api/releases/*/accesses").hasRole("integration")
                .requestMatchers(HttpMethod.POST, "/api/releases/*/erasure-certificates",
                        "/api/releases/*/erasure-requests/*/certificates").hasRole("researcher")
                .requestMatchers(HttpMethod.POST, "/api/releases/*/evidence-requests", "/api/releases/*/revoke",
                        "/api/releases/*/flag-resolution")
                .hasRole("steward")
                .requestMatchers(HttpMethod.PUT, "/api/releases/*/schedule").hasRole("steward")
                .requestMatchers(HttpMethod.GET, "/api/deadlines/**").hasRole("steward");
    }
}

package org.custodian.release.config;

import org.custodian.support.security.ApiAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may do what with releases (DESIGN §2, §9). Lists by role here; everything on one release is
 * decided per release by {@link org.custodian.release.release.ReleaseGuard} (404 for a release the
 * caller may not see, 403 naming the role for one they see but may not act on). The grant key set
 * and the status lists are public, so that anyone holding a grant can check it.
 */
@Configuration
class ReleaseServiceAccess {

    @Bean
    ApiAccess releaseServiceRoles() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/.well-known/jwks.json", "/api/status-lists/*").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/releases").hasAnyRole("researcher", "integration", "steward", "compliance")
                .requestMatchers("/api/releases/**").authenticated()
                .requestMatchers("/api/grant-keys/**").hasRole("admin")
                .requestMatchers(HttpMethod.GET, "/api/deadlines/**").hasAnyRole("steward", "compliance");
    }
}

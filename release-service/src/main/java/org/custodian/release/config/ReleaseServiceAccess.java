package org.custodian.release.config;

import org.custodian.support.security.ApiAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may read releases (DESIGN §2, §9): researchers (their own), integrations and stewards. */
@Configuration
class ReleaseServiceAccess {

    @Bean
    ApiAccess releaseServiceRoles() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/releases", "/api/releases/**")
                .hasAnyRole("researcher", "integration", "steward");
    }
}

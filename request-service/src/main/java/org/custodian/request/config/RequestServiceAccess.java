package org.custodian.request.config;

import org.custodian.support.security.ApiAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may write what (DESIGN §2, §9); every role may read the catalog, but not who reviews for it. */
@Configuration
class RequestServiceAccess {

    @Bean
    ApiAccess requestServiceRoles() {
        return requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/datasets", "/api/researchers", "/api/datasets/*/retire").hasRole("steward")
                .requestMatchers(HttpMethod.GET, "/api/researchers").hasAnyRole("steward", "compliance")
                .requestMatchers(HttpMethod.PUT, "/api/datasets/**", "/api/researchers/**").hasRole("steward")
                .requestMatchers(HttpMethod.POST, "/api/requests").hasRole("researcher")
                .requestMatchers(HttpMethod.POST, "/api/requests/*/withdraw", "/api/requests/*/resubmit").hasRole("researcher")
                .requestMatchers(HttpMethod.POST, "/api/datasets/*/consents", "/api/datasets/*/consent-withdrawals").hasRole("steward")
                .requestMatchers(HttpMethod.GET, "/api/datasets/*/consents").hasAnyRole("steward", "compliance")
                .requestMatchers(HttpMethod.POST, "/api/requests/*/votes", "/api/requests/*/conflicts").hasRole("reviewer")
                .requestMatchers("/api/requests/*/review/**").hasRole("steward")
                .requestMatchers(HttpMethod.POST, "/api/manuscripts/*/steward-decision").hasRole("steward")
                .requestMatchers(HttpMethod.GET, "/api/datasets/*/committee").hasAnyRole("steward", "reviewer", "compliance")
                .requestMatchers(HttpMethod.POST, "/api/manuscripts").hasRole("researcher")
                .requestMatchers(HttpMethod.POST, "/api/manuscripts/*/reviews").hasRole("reviewer")
                .requestMatchers(HttpMethod.GET, "/api/manuscripts").hasAnyRole("steward", "compliance", "researcher", "reviewer")
                .requestMatchers(HttpMethod.POST, "/api/events").hasRole("integration")
                .requestMatchers("/api/webhooks", "/api/webhooks/**").hasRole("steward")
                .requestMatchers("/api/chatops/**").hasRole("steward")
                .requestMatchers("/api/integrations", "/api/integrations/**").hasRole("admin");
    }
}

package org.custodian.request.ingress;

import org.custodian.support.problem.ProblemResponses;
import org.custodian.support.security.ApiAuthentication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;

/** Signed webhook posts are authenticated before the bearer-token filter looks for a token. */
@Configuration
@EnableConfigurationProperties(ActingRights.class)
class IngressSecurity {

    @Bean
    ApiAuthentication webhookSignatures(WebhookSecrets secrets, ProblemResponses problems) {
        return http -> http.addFilterBefore(new WebhookSignatureFilter(secrets, problems),
                BearerTokenAuthenticationFilter.class);
    }
}

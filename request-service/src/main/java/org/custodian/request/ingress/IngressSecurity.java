package org.custodian.request.ingress;

import org.custodian.support.problem.ProblemResponses;
import org.custodian.support.security.ApiAuthentication;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;

/**
 * Signed webhook posts are authenticated before the bearer-token filter looks for a token; an encoded
 * slash reaches the event status path (a source in one segment) instead of being refused by Tomcat.
 */
@Configuration
@EnableConfigurationProperties(ActingRights.class)
class IngressSecurity {

    @Bean
    ApiAuthentication webhookSignatures(WebhookSecrets secrets, ProblemResponses problems) {
        return http -> http.addFilterBefore(new WebhookSignatureFilter(secrets, problems),
                BearerTokenAuthenticationFilter.class);
    }

    @Bean
    HttpFirewall eventPathFirewall() {
        return new EventPathFirewall();
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesReachTheFirewall() {
        return factory -> factory.addConnectorCustomizers(connector ->
                connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
    }
}

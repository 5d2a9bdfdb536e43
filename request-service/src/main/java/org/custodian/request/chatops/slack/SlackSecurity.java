package org.custodian.request.chatops.slack;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.custodian.support.problem.ProblemResponses;
import org.custodian.support.security.ApiAuthentication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;

/** Slack's posts are checked by signature before the bearer-token filter (which may read form bodies) runs. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(SlackSettings.class)
class SlackSecurity {

    @Bean
    ApiAuthentication slackSignatures(SlackSettings settings, JdbcClient jdbc, ProblemResponses problems,
                                      MeterRegistry meters, Clock clock) {
        return http -> http.addFilterBefore(new SlackSignatureFilter(settings, jdbc, problems, meters, clock),
                BearerTokenAuthenticationFilter.class);
    }
}

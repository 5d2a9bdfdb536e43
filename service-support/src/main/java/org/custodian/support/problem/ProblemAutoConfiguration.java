package org.custodian.support.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/** Problem details everywhere, and the body size limit and NUL refusal every endpoint shares. */
@AutoConfiguration
@Import(ProblemHandlers.class)
public class ProblemAutoConfiguration {

    @Bean
    ProblemResponses problemResponses(ObjectMapper mapper) {
        return new ProblemResponses(mapper);
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimit(
            @Value("${custodian.http.max-body-bytes:65536}") long limit,
            @Value("${custodian.http.max-batch-body-bytes:1048576}") long batchLimit, ProblemResponses problems) {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(limit, batchLimit, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<NulCharacterFilter> nulCharacters(ProblemResponses problems) {
        FilterRegistrationBean<NulCharacterFilter> registration = new FilterRegistrationBean<>(new NulCharacterFilter(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}

package org.custodian.support.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.custodian.support.problem.ProblemResponses;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every endpoint needs a bearer JWT except health probes, API docs and the chat-ops and webhook
 * endpoints, which authenticate by request signature instead (DESIGN §2). Of the actuator only the
 * probes are open (their details shown to admin alone); metrics and the rest need {@code admin}.
 */
@AutoConfiguration
@EnableWebSecurity
@EnableMethodSecurity
public class ApiSecurityAutoConfiguration {

    private static final String[] OPEN = {
        "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/chatops/**", "/error"
    };

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems, List<ApiAccess> access,
                                   List<ApiAuthentication> authentications) throws Exception {
        for (ApiAuthentication authentication : authentications) {
            authentication.configure(http);
        }
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(OPEN).permitAll();
                    requests.requestMatchers("/actuator/**").hasRole(Role.ADMIN.claimValue());
                    access.forEach(rules -> rules.rules(requests));
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new RolesClaimConverter()))
                        .authenticationEntryPoint((request, response, e) -> problems.write(response,
                                HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "A valid bearer token is required."))
                        .accessDeniedHandler((request, response, e) -> forbidden(problems, response, e)))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) -> forbidden(problems, response, e)));
        return http.build();
    }

    @Bean
    WebMvcConfigurer callerArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    private static void forbidden(ProblemResponses problems, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        problems.write(response, HttpStatus.FORBIDDEN, "FORBIDDEN", "Your roles do not allow this" + needed(denied) + ".");
    }

    /** The roles a path rule asked for, so that the caller knows whom to ask (the rule is the same for every id). */
    private static String needed(AccessDeniedException denied) {
        if (denied instanceof AuthorizationDeniedException refused
                && refused.getAuthorizationResult() instanceof AuthorityAuthorizationDecision decision) {
            return decision.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .map(authority -> authority.replaceFirst("^ROLE_", "")).sorted()
                    .collect(Collectors.joining(" or ", ": it needs the role ", ""));
        }
        return "";
    }
}

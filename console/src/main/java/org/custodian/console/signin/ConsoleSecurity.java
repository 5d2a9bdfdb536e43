package org.custodian.console.signin;

import org.custodian.console.ConsoleProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Every page needs a signed-in person with the page's role; forms carry a CSRF token; the content security policy
 * allows scripts and styles from the console itself only, so no inline script runs.
 */
@Configuration
class ConsoleSecurity {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SecurityFilterChain console(HttpSecurity http, SecurityContextRepository contexts, ConsoleProperties properties,
                                ObjectProvider<ClientRegistrationRepository> registrations) throws Exception {
        http.securityContext(context -> context.securityContextRepository(contexts))
                .authorizeHttpRequests(pages -> pages
                        .requestMatchers("/signin", "/error", "/console.css", "/htmx.min.js", "/actuator/health/**").permitAll()
                        .requestMatchers("/compliance/**").hasRole("compliance")
                        .requestMatchers("/steward/**").hasRole("steward")
                        .requestMatchers("/reviewer/**").hasRole("reviewer")
                        .requestMatchers("/researcher/**").hasRole("researcher")
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/signin")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/signin?signedout"));
        if (registrations.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/signin")
                    .userInfoEndpoint(info -> info.userAuthoritiesMapper(new OidcRoles(properties.rolesClaim()))));
        }
        return http.build();
    }
}

package org.custodian.policy.config;

import java.util.Arrays;
import org.custodian.support.security.ApiAccess;
import org.custodian.support.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Any Custodian role may read decisions and ask what-if (DESIGN §9); a token without a role may not. Only
 * stewards and compliance ask for a policy's impact.
 */
@Configuration
class PolicyServiceAccess {

    @Bean
    ApiAccess policyServiceRoles() {
        String[] anyRole = Arrays.stream(Role.values()).map(Role::claimValue).toArray(String[]::new);
        return requests -> requests.requestMatchers("/api/policy/impact").hasAnyRole("steward", "compliance")
                .requestMatchers("/api/**").hasAnyRole(anyRole);
    }
}

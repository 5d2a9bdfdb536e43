package org.custodian.audit.config;

import org.custodian.support.security.ApiAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit trail and the transparency reports are for compliance (DESIGN §2, §9); admin holds that role too. */
@Configuration
class AuditServiceAccess {

    @Bean
    ApiAccess auditServiceRoles() {
        return requests -> requests.requestMatchers("/api/audit/**", "/api/reports/**").hasRole("compliance");
    }
}

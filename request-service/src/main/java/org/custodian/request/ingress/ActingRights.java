package org.custodian.request.ingress;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whom each integration may say it acts for: {@code custodian.integrations.<name>.may-act-for}, a list of
 * subjects or {@code *}; {@code <name>} is a token's subject or a signed webhook's integration. An
 * integration named nowhere may act for no one.
 */
@ConfigurationProperties("custodian")
record ActingRights(Map<String, Integration> integrations) {

    static final String ANYONE = "*";

    ActingRights {
        integrations = integrations == null ? Map.of() : Map.copyOf(integrations);
    }

    boolean mayActFor(String integration, String subject) {
        Integration rights = integrations.get(integration);
        return rights != null && (rights.mayActFor().contains(ANYONE) || rights.mayActFor().contains(subject));
    }

    record Integration(List<String> mayActFor) {

        Integration {
            mayActFor = mayActFor == null ? List.of() : List.copyOf(mayActFor);
        }
    }
}

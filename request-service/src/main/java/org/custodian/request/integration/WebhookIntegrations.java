package org.custodian.request.integration;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The integrations configuration seeds, each with its secrets ({@code whsec_…}); several at once so a secret
 * can be rotated without downtime. They change only with the configuration, never through the API.
 */
@ConfigurationProperties("custodian.integrations")
record WebhookIntegrations(Map<String, Integration> webhooks) {

    WebhookIntegrations {
        webhooks = webhooks == null ? Map.of() : Map.copyOf(webhooks);
    }

    record Integration(List<String> secrets) {

        Integration {
            secrets = secrets == null ? List.of() : List.copyOf(secrets);
        }
    }
}

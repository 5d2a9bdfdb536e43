package org.custodian.request.integration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custodian.request.ingress.WebhookSecrets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Which secrets verify a signed post now, by integration: configuration's and the active stored ones in their validity. */
@Component
@EnableConfigurationProperties(WebhookIntegrations.class)
public class SigningSecrets implements WebhookSecrets {

    private final WebhookIntegrations configured;
    private final Integrations stored;
    private final Clock clock;

    SigningSecrets(WebhookIntegrations configured, Integrations stored, Clock clock) {
        this.configured = configured;
        this.stored = stored;
        this.clock = clock;
    }

    @Override
    public Map<String, List<String>> current() {
        Map<String, List<String>> secrets = new LinkedHashMap<>();
        configured.webhooks().forEach((name, integration) -> secrets.put(name, new ArrayList<>(integration.secrets())));
        stored.validSecrets(clock.instant()).forEach(entry ->
                secrets.computeIfAbsent(entry.getKey(), name -> new ArrayList<>()).add(entry.getValue()));
        return secrets;
    }

    Map<String, WebhookIntegrations.Integration> configured() {
        return configured.webhooks();
    }
}

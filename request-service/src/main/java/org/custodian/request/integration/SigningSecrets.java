package org.custodian.request.integration;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custodian.request.ingress.WebhookSecrets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which secrets verify a signed post now, by integration: configuration's and the active stored ones in their validity. */
@Component
@EnableConfigurationProperties(WebhookIntegrations.class)
public class SigningSecrets implements WebhookSecrets {

    private final WebhookIntegrations configured;
    private final JdbcClient jdbc;
    private final Clock clock;

    SigningSecrets(WebhookIntegrations configured, JdbcClient jdbc, Clock clock) {
        this.configured = configured;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<String, List<String>> current() {
        Map<String, List<String>> secrets = new LinkedHashMap<>();
        configured.webhooks().forEach((name, integration) -> secrets.put(name, new ArrayList<>(integration.secrets())));
        jdbc.sql("""
                SELECT i.name, s.secret FROM integration i JOIN integration_secret s ON s.integration = i.name
                WHERE i.active AND (s.valid_until IS NULL OR s.valid_until > ?) ORDER BY s.created_at DESC""")
                .param(Timestamp.from(clock.instant()))
                .query((row, n) -> Map.entry(row.getString("name"), row.getString("secret"))).list()
                .forEach(entry -> secrets.computeIfAbsent(entry.getKey(), name -> new ArrayList<>()).add(entry.getValue()));
        return secrets;
    }

    Map<String, WebhookIntegrations.Integration> configured() {
        return configured.webhooks();
    }
}

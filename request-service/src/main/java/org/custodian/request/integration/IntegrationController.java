package org.custodian.request.integration;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.custodian.contracts.operations.IntegrationAdded;
import org.custodian.contracts.operations.IntegrationDisabled;
import org.custodian.contracts.operations.IntegrationSecretRotated;
import org.custodian.request.config.GovernanceChanges;
import org.custodian.support.problem.RuleViolation;
import org.custodian.support.security.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins list, add, rotate the secret of and disable the integrations that sign their posts. */
@RestController
@RequestMapping("/api/integrations")
class IntegrationController {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Integrations integrations;
    private final SigningSecrets signing;
    private final GovernanceChanges changes;
    private final Clock clock;
    private final Duration grace;

    IntegrationController(Integrations integrations, SigningSecrets signing, GovernanceChanges changes, Clock clock,
                          @Value("${custodian.integration-rotation-grace:P7D}") Duration grace) {
        this.integrations = integrations;
        this.signing = signing;
        this.changes = changes;
        this.clock = clock;
        this.grace = grace;
    }

    @GetMapping
    List<IntegrationView> all() {
        List<IntegrationView> all = new ArrayList<>();
        signing.configured().forEach((name, integration) -> all.add(new IntegrationView(name, IntegrationView.CONFIGURATION,
                true, null, null, null, null, IntStream.range(0, integration.secrets().size())
                .mapToObj(i -> new IntegrationView.SecretView("configuration-" + i, null, null)).toList(), null)));
        all.addAll(integrations.all());
        return all;
    }

    @PostMapping
    @Transactional
    ResponseEntity<IntegrationView> add(@Valid @RequestBody AddIntegrationBody body, Caller caller) {
        Instant now = clock.instant();
        if (signing.configured().containsKey(body.name()) || !integrations.add(body.name(), caller.subject(), now)) {
            throw new RuleViolation(HttpStatus.CONFLICT, "INTEGRATION_EXISTS", "There already is an integration " + body.name() + ".");
        }
        NewSecret secret = newSecret(body.name(), now);
        changes.record(new IntegrationAdded(body.name(), secret.id()), caller.subject());
        return ResponseEntity.created(URI.create("/api/integrations/" + body.name()))
                .body(stored(body.name()).withSecret(secret.secret()));
    }

    @PostMapping("/{name}/secret-rotations")
    @Transactional
    ResponseEntity<IntegrationView> rotate(@PathVariable String name, Caller caller) {
        requireActive(stored(name));
        Instant now = clock.instant();
        Instant previousValidUntil = now.plus(grace);
        integrations.expireSecrets(name, previousValidUntil);
        NewSecret secret = newSecret(name, now);
        changes.record(new IntegrationSecretRotated(name, secret.id(), previousValidUntil), caller.subject());
        return ResponseEntity.status(HttpStatus.CREATED).body(stored(name).withSecret(secret.secret()));
    }

    @PostMapping("/{name}/disable")
    @Transactional
    IntegrationView disable(@PathVariable String name, Caller caller) {
        requireActive(stored(name));
        integrations.disable(name, caller.subject(), clock.instant());
        changes.record(new IntegrationDisabled(name), caller.subject());
        return stored(name);
    }

    private IntegrationView stored(String name) {
        if (signing.configured().containsKey(name)) {
            throw new RuleViolation(HttpStatus.CONFLICT, "CONFIGURED_INTEGRATION",
                    "The integration " + name + " comes from configuration; change it there.");
        }
        return integrations.find(name).orElseThrow(() -> new RuleViolation(HttpStatus.NOT_FOUND, "UNKNOWN_INTEGRATION",
                "There is no integration " + name + "."));
    }

    private static void requireActive(IntegrationView integration) {
        if (!integration.active()) {
            throw new RuleViolation(HttpStatus.CONFLICT, "INTEGRATION_DISABLED",
                    "The integration " + integration.name() + " is disabled.");
        }
    }

    private NewSecret newSecret(String name, Instant now) {
        String id = "sec-" + UUID.randomUUID();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "whsec_" + Base64.getEncoder().encodeToString(bytes);
        integrations.addSecret(name, id, secret, now);
        return new NewSecret(id, secret);
    }

    private record NewSecret(String id, String secret) {
    }
}

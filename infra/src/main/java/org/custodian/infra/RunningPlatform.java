package org.custodian.infra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The platform while it runs: database, broker and services, stopped in reverse order on close. */
public final class RunningPlatform implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningPlatform.class);

    private final PlatformLayout layout;
    private final SigningKey signingKey;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<Service, ServiceProcess> services;

    private RunningPlatform(PlatformLayout layout) {
        this.layout = layout;
        this.signingKey = SigningKey.loadOrCreate(layout.keys());
        started.add(EmbeddedDatabase.start(layout));
        LOG.info("PostgreSQL on localhost:{}", layout.postgresPort());
        started.add(EmbeddedBroker.start(layout));
        LOG.info("Kafka (KRaft) on {}", layout.bootstrapServers());
        services = Arrays.stream(Service.values()).map(service -> ServiceProcess.start(service, layout))
                .peek(started::add)
                .collect(Collectors.toMap(ServiceProcess::service, Function.identity()));
    }

    /** Starts everything and waits until every service is ready. */
    public static RunningPlatform start(PlatformLayout layout, Duration readiness) {
        RunningPlatform platform = new RunningPlatform(layout);
        try {
            platform.services.values().forEach(service -> service.awaitReady(readiness));
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    public String url(String module) {
        return services.values().stream().filter(s -> s.service().module().equals(module)).findFirst()
                .orElseThrow().url();
    }

    public String token(String subject, String... roles) {
        return signingKey.token(subject, List.of(roles), Duration.ofHours(8));
    }

    public PlatformLayout layout() {
        return layout;
    }

    String describe() {
        StringBuilder text = new StringBuilder("\nCustodian is up.\n");
        services.values().stream().sorted((a, b) -> a.service().compareTo(b.service())).forEach(s -> text
                .append(String.format("  %-16s %s   (API docs %s/swagger-ui.html, log %s)%n",
                        s.service().module(), s.url(), s.url(), s.log())));
        text.append(String.format("  Kafka            %s%n  PostgreSQL       localhost:%d (user %s)%n",
                layout.bootstrapServers(), layout.postgresPort(), EmbeddedDatabase.USER));
        text.append("  Token:           infra/platform token --sub alice --roles researcher\n");
        text.append("  Data directory:  ").append(layout.dataDirectory().toAbsolutePath()).append('\n');
        return text.append("Press Ctrl-C to stop.\n").toString();
    }

    @Override
    public void close() {
        List<AutoCloseable> reverse = new ArrayList<>(started);
        Collections.reverse(reverse);
        for (AutoCloseable part : reverse) {
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", part, e.getMessage());
            }
        }
        started.clear();
    }
}

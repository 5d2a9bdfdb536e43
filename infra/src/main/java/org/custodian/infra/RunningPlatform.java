package org.custodian.infra;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The platform while it runs: database, broker and services, stopped in reverse order on close. */
public final class RunningPlatform implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunningPlatform.class);

    private final PlatformLayout layout;
    private final SigningKey signingKey;
    private final List<AutoCloseable> started = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private final Map<Service, ServiceProcess> services = new ConcurrentSkipListMap<>();
    private final Map<String, String> settings;

    private RunningPlatform(PlatformLayout layout, Map<String, String> settings) {
        this.layout = layout;
        this.settings = Map.copyOf(settings);
        this.signingKey = SigningKey.loadOrCreate(layout.keys());
    }

    /** Starts everything and waits until every service is ready; on failure stops what had started. */
    public static RunningPlatform start(PlatformLayout layout, Duration readiness) {
        return start(layout, readiness, Map.of());
    }

    /** As {@link #start(PlatformLayout, Duration)}, with extra Spring properties given to every service. */
    public static RunningPlatform start(PlatformLayout layout, Duration readiness, Map<String, String> settings) {
        RunningPlatform platform = new RunningPlatform(layout, settings);
        platform.start(readiness);
        return platform;
    }

    /** A platform not started yet, so a caller can arrange to stop it before it starts. */
    static RunningPlatform prepare(PlatformLayout layout) {
        return new RunningPlatform(layout, Map.of());
    }

    void start(Duration readiness) {
        try {
            startInfrastructure();
            startServices();
            services.values().forEach(service -> service.awaitReady(readiness));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startInfrastructure() {
        requireOpen();
        started.add(EmbeddedDatabase.start(layout));
        LOG.info("PostgreSQL on localhost:{}", layout.postgresPort());
        started.add(EmbeddedBroker.start(layout));
        LOG.info("Kafka (KRaft) on {}", layout.bootstrapServers());
    }

    private void startServices() {
        for (Service service : Service.values()) {
            requireOpen();
            ServiceProcess process = ServiceProcess.start(service, layout, settings);
            services.put(service, process);
            started.add(process);
        }
    }

    public String url(String module) {
        return services.values().stream().filter(s -> s.service().module().equals(module)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + module)).url();
    }

    public String token(String subject, String... roles) {
        return signingKey.token(subject, List.of(roles), Duration.ofHours(8));
    }

    public PlatformLayout layout() {
        return layout;
    }

    String describe() {
        StringBuilder text = new StringBuilder("\nCustodian is up.\n");
        services.values().stream().filter(s -> s.service() != Service.CONSOLE).forEach(s -> text
                .append(String.format("  %-16s %s   (API docs %s/swagger-ui.html, log %s)%n",
                        s.service().module(), s.url(), s.url(), s.log())));
        services.values().stream().filter(s -> s.service() == Service.CONSOLE).forEach(s -> text
                .append(String.format("  %-16s %s   (open it in a browser; sign in with a name and roles; log %s)%n",
                        "Console", s.url(), s.log())));
        text.append(String.format("  Kafka            %s%n  PostgreSQL       localhost:%d (user %s)%n",
                layout.bootstrapServers(), layout.postgresPort(), EmbeddedDatabase.USER));
        text.append("  Token:           infra/platform token --sub alice --roles researcher\n");
        text.append("  Data directory:  ").append(layout.dataDirectory().toAbsolutePath()).append('\n');
        return text.append("Press Ctrl-C to stop.\n").toString();
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The platform is stopping");
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        services.values().forEach(ServiceProcess::stop);
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

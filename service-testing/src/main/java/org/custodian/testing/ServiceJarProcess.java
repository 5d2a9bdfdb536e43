package org.custodian.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service's boot jar running as a child process on this JVM's embedded broker and a database of the
 * embedded PostgreSQL, trusting {@link TestTokens}, on a free port and with a fresh data directory:
 * for tests that kill a service and start it again.
 */
public final class ServiceJarProcess implements AutoCloseable {

    private static final int SIGKILL_EXIT = 128 + 9;

    private final Process process;
    private final int port;
    private final Path log;

    private ServiceJarProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts {@code jar} on the database at {@code jdbcUrl}, writing its output to {@code log}; {@code settings}
     * are further Spring properties (name to value) for this run. Does not wait for it to be ready.
     */
    public static ServiceJarProcess start(Path jar, String jdbcUrl, Path log, Map<String, String> settings) {
        assertThat(jar).as("the service jar, built in the package phase").exists();
        int port = FreePorts.one();
        try {
            Process process = new ProcessBuilder(command(jar, port, jdbcUrl, settings))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new ServiceJarProcess(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + jar, e);
        }
    }

    private static List<String> command(Path jar, int port, String jdbcUrl, Map<String, String> settings)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString()));
        Map<String, String> all = new LinkedHashMap<>();
        all.put("server.port", String.valueOf(port));
        all.put("spring.datasource.url", jdbcUrl);
        all.put("spring.datasource.username", EmbeddedPostgresServer.username());
        all.put("spring.datasource.password", "");
        all.put("spring.cloud.stream.kafka.binder.brokers", EmbeddedInfrastructure.bootstrapServers());
        // A killed consumer holds its partitions until its session times out; the restart should not wait long.
        all.put("spring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms", "10000");
        all.put("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens.publicKeyLocation());
        all.put("custodian.data-dir", Files.createTempDirectory("service-data").toString());
        // the services log ECS JSON by default; plain lines read better in the captured log
        all.put("logging.structured.format.console", "");
        all.putAll(settings);
        all.forEach((name, value) -> command.add("--" + name + "=" + value));
        return command;
    }

    /** Waits until the readiness endpoint answers 200 (database and broker included); fails at once if the process exits. */
    public void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness")).build();
        await().atMost(timeout).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .failFast("the service exited; see " + log, () -> !process.isAlive())
                .until(() -> client.send(probe, HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
    }

    /** Kills the process with SIGKILL, as a crash would, and checks that it died of it. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(SIGKILL_EXIT);
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}

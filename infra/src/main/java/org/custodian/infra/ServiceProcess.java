package org.custodian.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One Custodian service running as its own JVM against the platform's broker and database. */
final class ServiceProcess implements AutoCloseable {

    private final Service service;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(Service service, int port, Process process, Path log) {
        this.service = service;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static ServiceProcess start(Service service, PlatformLayout layout, Map<String, String> settings) {
        int port = service.port(layout);
        Path jar = service.jar(layout.repository());
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Missing " + jar + ": build first with ./mvnw -DskipTests install");
        }
        try {
            Files.createDirectories(layout.logs());
            Path log = layout.logs().resolve(service.module() + ".log");
            Process process = new ProcessBuilder(command(service, layout, jar, port, settings))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new ServiceProcess(service, port, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + service.module(), e);
        }
    }

    private static List<String> command(Service service, PlatformLayout layout, Path jar, int port,
                                        Map<String, String> settings) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.profiles.active=local",
                "--custodian.data-dir=" + layout.dataDirectory().toAbsolutePath()));
        command.addAll(service.arguments(layout));
        settings.forEach((name, value) -> command.add("--" + name + "=" + value));
        return command;
    }

    /** Waits until the service reports itself ready (database and broker included). */
    void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module() + " exited with " + process.exitValue() + "; see " + log);
            }
            if (ready(client, probe)) {
                return;
            }
            pause();
        }
        throw new IllegalStateException(service.module() + " was not ready within " + timeout + "; see " + log);
    }

    private static boolean ready(HttpClient client, HttpRequest probe) {
        try {
            return client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Service service() {
        return service;
    }

    String url() {
        return "http://localhost:" + port;
    }

    Path log() {
        return log;
    }

    /** Asks the service to stop (SIGTERM) without waiting, so all services can wind down at once. */
    void stop() {
        process.destroy();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

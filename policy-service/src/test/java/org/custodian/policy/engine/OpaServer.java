package org.custodian.policy.engine;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.custodian.testing.FreePorts;

/** A real OPA server ({@code opa run --server}) on a free loopback port, serving the policy's Rego. */
record OpaServer(Process process, URI url) implements AutoCloseable {

    private static final int HEALTH_PROBES = 300;

    /** {@code -Dcustodian.test.opa}, else the first {@code opa} on PATH, else where {@code go install} puts it. */
    static Path binary() {
        String configured = System.getProperty("custodian.test.opa");
        if (configured != null) {
            return Path.of(configured);
        }
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "opa")).filter(Files::isExecutable).findFirst()
                .orElse(Path.of(System.getProperty("user.home"), "go", "bin", "opa"));
    }

    /** Starts the server on {@code rego} (tests left out) and returns once it answers its health check. */
    static OpaServer start(Path rego) throws IOException, InterruptedException {
        int port = FreePorts.one();
        Process process = new ProcessBuilder(binary().toString(), "run", "--server", "--addr", "127.0.0.1:" + port,
                "--ignore", "*_test.rego", rego.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        OpaServer server = new OpaServer(process, URI.create("http://127.0.0.1:" + port));
        server.awaitHealthy();
        return server;
    }

    private void awaitHealthy() throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < HEALTH_PROBES && process.isAlive(); i++) {
            try {
                HttpRequest probe = HttpRequest.newBuilder(url.resolve("/health")).build();
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        close();
        throw new IllegalStateException("The OPA server did not start");
    }

    @Override
    public void close() {
        process.destroy();
    }
}

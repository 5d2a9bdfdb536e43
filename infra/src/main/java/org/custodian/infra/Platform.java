package org.custodian.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code infra/platform up | token}: the local platform on embedded defaults. */
@Command(name = "platform", mixinStandardHelpOptions = true, subcommands = {Platform.Up.class, Platform.Token.class},
        description = "Runs Custodian locally on an embedded Kafka broker and PostgreSQL.")
public final class Platform {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Platform()).execute(args));
    }

    static PlatformLayout layout(Path dataDir) {
        Path repository = Path.of("").toAbsolutePath();
        PlatformLayout defaults = PlatformLayout.defaults(repository);
        return dataDir == null ? defaults : new PlatformLayout(repository, dataDir.toAbsolutePath(),
                defaults.kafkaPort(), defaults.controllerPort(), defaults.postgresPort(), defaults.firstServicePort());
    }

    @Command(name = "up", description = "Start the broker, the database and the four services; Ctrl-C stops them.")
    static final class Up implements Callable<Integer> {

        @Option(names = "--data-dir", description = "State directory (default: .custodian)")
        Path dataDir;

        @Option(names = "--ready-timeout", defaultValue = "PT4M", description = "How long services may take to be ready")
        Duration readyTimeout;

        @Override
        public Integer call() throws InterruptedException {
            RunningPlatform platform = RunningPlatform.prepare(layout(dataDir));
            CountDownLatch stopped = new CountDownLatch(1);
            // registered before anything starts, so Ctrl-C while starting leaves no process behind
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                System.out.println("Stopping Custodian…");
                platform.close();
                stopped.countDown();
            }));
            platform.start(readyTimeout);
            System.out.print(platform.describe());
            stopped.await();
            return 0;
        }
    }

    @Command(name = "token", description = "Print a bearer token the local platform accepts.")
    static final class Token implements Callable<Integer> {

        @Option(names = "--sub", required = true, description = "The subject (user id)")
        String subject;

        @Option(names = "--roles", required = true, split = ",", description = "researcher, reviewer, steward, compliance, integration, admin")
        List<String> roles;

        @Option(names = "--ttl", defaultValue = "PT8H", description = "Lifetime (ISO-8601 duration)")
        Duration lifetime;

        @Option(names = "--data-dir", description = "State directory (default: .custodian)")
        Path dataDir;

        @Override
        public Integer call() {
            System.out.println(SigningKey.loadOrCreate(layout(dataDir).keys()).token(subject, roles, lifetime));
            return 0;
        }
    }
}

package org.custodian.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

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

    @Command(name = "up", mixinStandardHelpOptions = true, description = "Start the broker, the database, the four services and the console; Ctrl-C stops them.")
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

    // Help is a subcommand's own option: picocli does not pass the parent's --help down.
    @Command(name = "token", mixinStandardHelpOptions = true, description = "Print a bearer token the local platform accepts.",
            footer = {"", "Example: infra/platform token --sub cora --roles compliance --ttl PT1H"})
    static final class Token implements Callable<Integer> {

        /** The roles of DESIGN §2; the services know no others. */
        static final List<String> ROLES = List.of("researcher", "reviewer", "steward", "compliance", "integration", "admin");

        @Spec
        CommandSpec spec;

        @Option(names = "--sub", required = true, paramLabel = "ID", description = "The subject (user id)")
        String subject;

        @Option(names = "--roles", required = true, split = ",", paramLabel = "ROLE",
                description = "Comma-separated roles, from: researcher, reviewer, steward, compliance, integration, admin")
        List<String> roles;

        @Option(names = "--ttl", defaultValue = "PT8H", paramLabel = "DURATION",
                description = "Lifetime as an ISO-8601 duration (default: ${DEFAULT-VALUE})")
        Duration lifetime;

        @Option(names = "--data-dir", paramLabel = "DIR", description = "State directory (default: .custodian)")
        Path dataDir;

        @Override
        public Integer call() {
            List<String> unknown = roles.stream().filter(role -> !ROLES.contains(role)).toList();
            if (!unknown.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "Unknown role" + (unknown.size() > 1 ? "s " : " ")
                        + String.join(", ", unknown) + "; the roles are " + String.join(", ", ROLES) + ".");
            }
            if (lifetime.isNegative() || lifetime.isZero()) {
                throw new ParameterException(spec.commandLine(), "--ttl must be a positive duration, such as PT8H.");
            }
            spec.commandLine().getOut().println(SigningKey.loadOrCreate(layout(dataDir).keys()).token(subject, roles, lifetime));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}

package org.custodian.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.custodian.audit.AuditServiceApplication;
import org.custodian.audit.AuditServiceIntegration;
import org.custodian.audit.Events;
import org.custodian.audit.checkpoint.Checkpointer;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.custodian.testing.EmbeddedInfrastructure;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * docs/production-postgresql.md, run as written: its SQL creates the two roles and grants, the service
 * jar's code migrates as the owner and then runs as {@code audit_service} with Flyway off. Ingestion,
 * checkpoints, erasure and verification work with those grants, and the service's role can neither
 * change entries nor turn the trigger off.
 */
class ProductionRolesIT extends AuditServiceIntegration {

    private static final Path GUIDE = Path.of("docs/production-postgresql.md");
    private static final String DATABASE = "audit_roles";
    private static final String PASSWORD = "roles-test";
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Value("${spring.datasource.url}")
    private String superuserUrl;
    @Value("${spring.datasource.username}")
    private String superuser;

    @Test
    void theDocumentedRolesRunTheServiceAndKeepTheLogAppendOnly() throws Exception {
        List<List<String>> blocks = sqlBlocks();
        String url = superuserUrl.replaceAll("/[^/?]+(\\?.*)?$", "/" + DATABASE);
        createRolesAndDatabase(blocks.get(0), url);
        run(url, "audit_owner", true).close();
        execute(url, "audit_owner", blocks.get(1));

        try (ConfigurableApplicationContext service = run(url, "audit_service", false)) {
            HttpApi api = new HttpApi("http://localhost:" + service.getEnvironment().getProperty("local.server.port"));
            String request = newSubject("req");
            String researcher = newSubject("r");
            publish(Events.requestSubmitted(request), "r-1");
            publish(new ResearcherRegistered(researcher, "Ada Lovelace", "Uni", "DE", false, true, true, false, false,
                    List.of(), null, null), "steward-sam");
            await().atMost(ASYNC).until(() -> api.get("/api/audit/entries?subject=" + request, COMPLIANCE)
                    .json().at("/entries").size() == 1 && api.get("/api/audit/entries?subject=" + researcher, COMPLIANCE)
                    .json().at("/entries").size() == 1);

            assertThat(service.getBean(Checkpointer.class).checkpointNow()).isPresent();
            HttpApi.Response erased = api.post("/api/audit/people/" + researcher + "/erasure", COMPLIANCE,
                    HttpApi.json(Map.of("reason", "Art. 17 request")));
            assertThat(erased.status()).as(erased.raw()).isEqualTo(200);
            HttpApi.Response verified = api.get("/api/audit/verify", COMPLIANCE);
            assertThat(verified.json().at("/valid").asBoolean()).as(verified.raw()).isTrue();
        }

        try (Connection asService = DriverManager.getConnection(url, "audit_service", PASSWORD);
             Statement statement = asService.createStatement()) {
            long entries = count(statement);
            for (String change : List.of("UPDATE audit_entry SET subject = 'x'", "DELETE FROM audit_entry",
                    "TRUNCATE audit_entry", "ALTER TABLE audit_entry DISABLE TRIGGER ALL", "DELETE FROM audit_merkle_node",
                    "UPDATE audit_checkpoint SET root_hash = root_hash", "DROP TABLE audit_entry",
                    "CREATE TABLE shadow_entry (seq bigint)")) {
                assertThatThrownBy(() -> statement.execute(change)).as(change).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(change)
                                .isEqualTo(INSUFFICIENT_PRIVILEGE));
            }
            assertThat(count(statement)).isEqualTo(entries).isGreaterThanOrEqualTo(2);
        }
        try (Connection asOwner = DriverManager.getConnection(url, "audit_owner", PASSWORD);
             Statement statement = asOwner.createStatement()) {
            assertThatThrownBy(() -> statement.execute("UPDATE audit_entry SET subject = 'x'"))
                    .hasMessageContaining("append-only");
        }
    }

    /** The service as the guide deploys it: settings as command-line arguments, over every default. */
    private ConfigurableApplicationContext run(String url, String role, boolean migrate) {
        return new SpringApplicationBuilder(AuditServiceApplication.class).run(Stream.of(
                "spring.datasource.url=" + url, "spring.datasource.username=" + role,
                "spring.datasource.password=" + PASSWORD, "spring.flyway.enabled=" + migrate,
                "spring.cloud.stream.bindings.auditEvents-in-0.consumer.auto-startup=" + !migrate,
                "spring.cloud.stream.bindings.auditEvents-in-0.group=audit-service-roles",
                "spring.cloud.stream.kafka.binder.brokers=" + EmbeddedInfrastructure.bootstrapServers(),
                "spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation(),
                "server.port=0", "custodian.data-dir=target/it-data-roles", "logging.structured.format.console=",
                "custodian.audit.checkpoint.every-entries=1000000000", "custodian.audit.checkpoint.every=1000d",
                "spring.datasource.hikari.maximum-pool-size=4").map(setting -> "--" + setting).toArray(String[]::new));
    }

    /** The guide's first block as a superuser: roles, the database, then (after {@code \c}) its schema rights. */
    private void createRolesAndDatabase(List<String> statements, String url) throws SQLException {
        try (Connection admin = DriverManager.getConnection(superuserUrl, superuser, "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            for (String sql : statements.subList(0, statements.indexOf("\\c audit"))) {
                if (!sql.startsWith("CREATE ROLE") || !roleExists(statement, sql.split(" ")[2])) {
                    statement.execute(sql.replace("DATABASE audit ", "DATABASE " + DATABASE + " "));
                }
            }
        }
        List<String> inDatabase = statements.subList(statements.indexOf("\\c audit") + 1, statements.size());
        try (Connection admin = DriverManager.getConnection(url, superuser, "");
             Statement statement = admin.createStatement()) {
            for (String sql : inDatabase) {
                statement.execute(sql);
            }
        }
    }

    private static boolean roleExists(Statement statement, String role) throws SQLException {
        try (var rows = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
            return rows.next();
        }
    }

    private static void execute(String url, String role, List<String> statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, role, PASSWORD);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static long count(Statement statement) throws SQLException {
        try (var rows = statement.executeQuery("SELECT count(*) FROM audit_entry")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Each ```sql block of the guide as statements (comments dropped, passwords filled in). */
    private static List<List<String>> sqlBlocks() throws IOException {
        Matcher block = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(GUIDE));
        List<List<String>> blocks = new ArrayList<>();
        while (block.find()) {
            List<String> statements = new ArrayList<>();
            for (String line : block.group(1).split("\\n")) {
                String sql = line.strip();
                if (!sql.isEmpty() && !sql.startsWith("--")) {
                    statements.add(sql.replace("'…'", "'" + PASSWORD + "'").replaceAll(";$", ""));
                }
            }
            blocks.add(statements);
        }
        assertThat(blocks).as("the guide's SQL blocks").hasSize(2);
        return blocks;
    }
}

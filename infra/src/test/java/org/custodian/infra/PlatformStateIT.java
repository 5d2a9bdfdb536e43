package org.custodian.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.custodian.testing.FreePorts;
import org.junit.jupiter.api.Test;

/** The platform keeps its state in the data directory: a restart finds the database rows and the topic records. */
class PlatformStateIT {

    @Test
    void databaseAndBrokerStateSurviveARestart() throws Exception {
        PlatformLayout layout = layout(Files.createTempDirectory("custodian-state"));

        try (EmbeddedDatabase database = EmbeddedDatabase.start(layout); EmbeddedBroker broker = EmbeddedBroker.start(layout)) {
            execute(layout, "CREATE TABLE note (text VARCHAR(20)); INSERT INTO note VALUES ('kept')");
            produce(layout, "custodian.state-check", "kept");
        }

        try (EmbeddedDatabase database = EmbeddedDatabase.start(layout); EmbeddedBroker broker = EmbeddedBroker.start(layout)) {
            try (Connection connection = connect(layout);
                 ResultSet row = connection.createStatement().executeQuery("SELECT text FROM note")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("kept");
            }
            assertThat(consumeAll(layout, "custodian.state-check")).containsExactly("kept");
        }
    }

    @Test
    void everyServiceHasItsOwnDatabaseOwnedByTheServiceUser() throws Exception {
        PlatformLayout layout = layout(Files.createTempDirectory("custodian-dbs"));
        try (EmbeddedDatabase database = EmbeddedDatabase.start(layout);
             Connection connection = connect(layout);
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT datname FROM pg_database d JOIN pg_roles r ON d.datdba = r.oid WHERE r.rolname = 'custodian'")) {
            List<String> names = new java.util.ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            assertThat(names).containsExactlyInAnyOrder("request", "policy", "release", "audit");
        }
    }

    @Test
    void tokensAreSignedByTheKeyTheServicesTrust() throws Exception {
        Path keys = Files.createTempDirectory("custodian-keys");
        String token = SigningKey.loadOrCreate(keys).token("alice", List.of("researcher"), Duration.ofMinutes(5));

        var publicKey = java.security.KeyFactory.getInstance("RSA").generatePublic(new java.security.spec.X509EncodedKeySpec(
                java.util.Base64.getMimeDecoder().decode(Files.readString(keys.resolve("jwt-public.pem"))
                        .replaceAll("-----[A-Z ]+-----", ""))));
        var jwt = com.nimbusds.jwt.SignedJWT.parse(token);

        assertThat(jwt.verify(new com.nimbusds.jose.crypto.RSASSAVerifier((java.security.interfaces.RSAPublicKey) publicKey))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("alice");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("researcher");
        assertThat(SigningKey.loadOrCreate(keys).token("bob", List.of("steward"), Duration.ofMinutes(5)))
                .as("the key is made once and reused").isNotEqualTo(token);
        assertThat(com.nimbusds.jwt.SignedJWT.parse(SigningKey.loadOrCreate(keys).token("bob", List.of(), Duration.ofMinutes(5)))
                .verify(new com.nimbusds.jose.crypto.RSASSAVerifier((java.security.interfaces.RSAPublicKey) publicKey))).isTrue();
    }

    private static PlatformLayout layout(Path data) {
        return new PlatformLayout(Path.of("").toAbsolutePath(), data, FreePorts.one(), FreePorts.one(), FreePorts.one(), 0);
    }

    private static Connection connect(PlatformLayout layout) throws SQLException {
        return DriverManager.getConnection(layout.jdbcUrl("request"), EmbeddedDatabase.USER, EmbeddedDatabase.USER);
    }

    private static void execute(PlatformLayout layout, String sql) throws SQLException {
        try (Connection connection = connect(layout)) {
            connection.createStatement().execute(sql);
        }
    }

    private static void produce(PlatformLayout layout, String topic, String value) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, layout.bootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", value)).get();
        }
    }

    private static List<String> consumeAll(PlatformLayout layout, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, layout.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "state-check");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new java.util.ArrayList<>();
            long deadline = System.currentTimeMillis() + 30_000;
            while (values.isEmpty() && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
            return values;
        }
    }
}

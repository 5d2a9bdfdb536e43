package org.custodian.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/** A single-node Kafka broker in KRaft mode, its log in the data directory so topics survive a restart. */
final class EmbeddedBroker implements AutoCloseable {

    private final KafkaRaftServer server;

    private EmbeddedBroker(KafkaRaftServer server) {
        this.server = server;
    }

    static EmbeddedBroker start(PlatformLayout layout) {
        Path logDir = layout.dataDirectory().resolve("kafka");
        Properties properties = properties(layout, logDir);
        formatOnce(properties, logDir);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        server.startup();
        return new EmbeddedBroker(server);
    }

    private static Properties properties(PlatformLayout layout, Path logDir) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + layout.controllerPort());
        p.put("listeners", "PLAINTEXT://localhost:" + layout.kafkaPort() + ",CONTROLLER://localhost:" + layout.controllerPort());
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + layout.kafkaPort());
        p.put("controller.listener.names", "CONTROLLER");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        p.put("num.partitions", "3");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        return p;
    }

    private static void formatOnce(Properties properties, Path logDir) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDir);
            Path config = Files.createTempFile("custodian-kafka", ".properties");
            try (Writer out = Files.newBufferedWriter(config)) {
                properties.store(out, "custodian local broker");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int exit = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c",
                config.toString(), "--ignore-formatted"}, new PrintStream(output, true, StandardCharsets.UTF_8));
            Files.delete(config);
            if (exit != 0) {
                throw new IllegalStateException("Formatting the Kafka log failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}

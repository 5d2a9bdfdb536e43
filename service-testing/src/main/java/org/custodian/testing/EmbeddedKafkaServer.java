package org.custodian.testing;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** One embedded single-node KRaft Kafka broker per JVM, started on first use. */
public final class EmbeddedKafkaServer {

    private static EmbeddedKafkaKraftBroker broker;

    private EmbeddedKafkaServer() {
    }

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            broker = new EmbeddedKafkaKraftBroker(1, 3);
            broker.brokerProperty("auto.create.topics.enable", "true");
            broker.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        }
        return broker.getBrokersAsString();
    }
}

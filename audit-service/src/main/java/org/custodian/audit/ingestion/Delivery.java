package org.custodian.audit.ingestion;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.MessageHeaders;

/** Where a record was read: its topic, partition and offset, as the Kafka binder reports them. */
record Delivery(String topic, int partition, long offset) {

    static Delivery of(MessageHeaders headers) {
        String topic = headers.get(KafkaHeaders.RECEIVED_TOPIC, String.class);
        Integer partition = headers.get(KafkaHeaders.RECEIVED_PARTITION, Integer.class);
        Long offset = headers.get(KafkaHeaders.OFFSET, Long.class);
        if (topic == null || partition == null || offset == null) {
            throw new IllegalStateException("A record without its Kafka topic, partition and offset");
        }
        return new Delivery(topic, partition, offset);
    }
}

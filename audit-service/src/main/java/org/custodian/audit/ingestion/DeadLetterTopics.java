package org.custodian.audit.ingestion;

import java.util.Arrays;
import org.apache.kafka.clients.admin.NewTopic;
import org.custodian.contracts.Topic;
import org.springframework.cloud.stream.binder.kafka.utils.DlqDestinationResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Dead letters of each topic go to {@code <topic>.audit-service.dlq}, named from the record's own
 * topic. With several destinations on one binding the binder subscribes only the first
 * destination's DLQ handler to the binding's error channel, so a fixed {@code dlq-name} or the
 * default {@code error.<destination>.<group>} would put every topic's dead letters in one topic.
 * The binder does not create topics a resolver names, so Spring Kafka's admin creates them here.
 */
@Configuration
class DeadLetterTopics {

    static final String GROUP = "audit-service";

    @Bean
    DlqDestinationResolver auditDeadLetterTopic() {
        return (record, exception) -> name(record.topic());
    }

    @Bean
    KafkaAdmin.NewTopics auditDeadLetterTopics() {
        return new KafkaAdmin.NewTopics(Arrays.stream(Topic.values())
                .map(topic -> TopicBuilder.name(topic.deadLetterTopic(GROUP)).partitions(1).build())
                .toArray(NewTopic[]::new));
    }

    /** Same rule as {@link Topic#deadLetterTopic(String)}, for whatever topic the record came from. */
    static String name(String topic) {
        return topic + "." + GROUP + ".dlq";
    }
}

package org.custodian.audit.ingestion;

import java.util.Arrays;
import org.apache.kafka.clients.admin.NewTopic;
import org.custodian.contracts.Topic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Dead letters of each topic go to {@code <topic>.audit-service.dlq} (one partition), named from the
 * record's own topic, as {@link Topic#deadLetterTopic(String)} names them for every other consumer.
 * {@link DeadLetters} publishes them, so Spring Kafka's admin creates them here.
 */
@Configuration
class DeadLetterTopics {

    static final String GROUP = "audit-service";

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

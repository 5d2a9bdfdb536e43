package org.custodian.contracts;

/** The Kafka topics of DESIGN §4. */
public enum Topic {
    CATALOG("custodian.catalog.v1"),
    REQUESTS("custodian.requests.v1"),
    DECISIONS("custodian.decisions.v1"),
    RELEASES("custodian.releases.v1"),
    INBOUND("custodian.inbound.v1");

    private final String topicName;

    Topic(String topicName) {
        this.topicName = topicName;
    }

    public String topicName() {
        return topicName;
    }

    /** Where a consumer group parks the records it cannot process. */
    public String deadLetterTopic(String group) {
        return topicName + "." + group + ".dlq";
    }
}

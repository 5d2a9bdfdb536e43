package org.custodian.audit.ingestion;

/** Where a record was read: its topic, partition and offset, as the Kafka binder reports them. */
record Delivery(String topic, int partition, long offset) {
}

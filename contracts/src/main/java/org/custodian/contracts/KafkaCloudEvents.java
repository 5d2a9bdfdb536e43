package org.custodian.contracts;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** CloudEvents in Kafka binary mode: {@code ce_*} headers and the data as the record value. */
public final class KafkaCloudEvents {

    private KafkaCloudEvents() {
    }

    /** The record headers, in the form the CloudEvents Kafka binding writes them. */
    public static Map<String, byte[]> headers(CloudEvent event) {
        ProducerRecord<Void, byte[]> record = KafkaMessageFactory.createWriter("any").writeBinary(event);
        Map<String, byte[]> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        return headers;
    }

    /**
     * Reads a CloudEvent from a record's headers (bytes or strings) and value. Attribute headers may also come
     * as {@code ce-*}: Spring Cloud Function renames {@code ce_*} so when a record has no {@code content-type}.
     */
    public static CloudEvent read(Map<String, ?> headers, byte[] value) {
        RecordHeaders recordHeaders = new RecordHeaders();
        headers.forEach((key, headerValue) -> {
            byte[] bytes = asBytes(headerValue);
            if (bytes != null && isCloudEventHeader(key)) {
                recordHeaders.add(key.startsWith("ce-") ? "ce_" + key.substring(3) : key, bytes);
            }
        });
        try {
            return KafkaMessageFactory.createReader(recordHeaders, value).toEvent();
        } catch (CloudEventRWException | IllegalStateException e) {
            throw new InvalidEventException("Not a CloudEvent in Kafka binary mode: " + e.getMessage(), e);
        }
    }

    private static boolean isCloudEventHeader(String key) {
        return key.startsWith("ce_") || key.startsWith("ce-") || key.equalsIgnoreCase("content-type");
    }

    private static byte[] asBytes(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        return value instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : null;
    }
}

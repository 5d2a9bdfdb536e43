package org.custodian.audit.ingestion;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/**
 * One record of a consumed batch: where it was read, its key, headers and value (null for a tombstone,
 * which the binder hands over as a {@code KafkaNull}, not bytes). In batch mode the binder hands over
 * one message whose headers are lists, one element per record, in payload order.
 */
record ConsumedRecord(Delivery delivery, byte[] key, Map<String, Object> headers, byte[] value) {

    static List<ConsumedRecord> of(Message<List<byte[]>> batch) {
        MessageHeaders headers = batch.getHeaders();
        List<?> topics = list(headers, KafkaHeaders.RECEIVED_TOPIC);
        List<?> partitions = list(headers, KafkaHeaders.RECEIVED_PARTITION);
        List<?> offsets = list(headers, KafkaHeaders.OFFSET);
        List<?> keys = headers.get(KafkaHeaders.RECEIVED_KEY, List.class);
        List<Map<String, Object>> recordHeaders = recordHeaders(headers, batch.getPayload().size());
        List<?> values = batch.getPayload();
        return IntStream.range(0, values.size())
                .mapToObj(i -> new ConsumedRecord(
                        new Delivery((String) topics.get(i), (Integer) partitions.get(i), (Long) offsets.get(i)),
                        keys == null || !(keys.get(i) instanceof byte[] key) ? null : key, recordHeaders.get(i),
                        values.get(i) instanceof byte[] value ? value : null))
                .toList();
    }

    private static List<?> list(MessageHeaders headers, String name) {
        List<?> values = headers.get(name, List.class);
        if (values == null) {
            throw new IllegalStateException("A batch without " + name + ": is the binding in batch mode?");
        }
        return values;
    }

    /** Each record's headers, as mapped by the binder or, without a mapper, raw. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> recordHeaders(MessageHeaders headers, int size) {
        List<Map<String, Object>> converted = headers.get(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.class);
        if (converted != null) {
            return converted;
        }
        List<Headers> raw = headers.get(KafkaHeaders.NATIVE_HEADERS, List.class);
        if (raw == null) {
            return Collections.nCopies(size, Map.of());
        }
        return raw.stream().map(ConsumedRecord::map).toList();
    }

    private static Map<String, Object> map(Headers headers) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Header header : headers) {
            map.put(header.key(), header.value());
        }
        return map;
    }
}

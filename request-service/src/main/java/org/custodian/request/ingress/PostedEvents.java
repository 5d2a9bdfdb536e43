package org.custodian.request.ingress;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.http.HttpMessageFactory;
import io.cloudevents.jackson.JsonFormat;
import io.cloudevents.rw.CloudEventRWException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custodian.contracts.ContractJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Reads the CloudEvents of a post in any of the three HTTP modes: binary, structured, batch. */
final class PostedEvents {

    static final MediaType STRUCTURED = MediaType.parseMediaType("application/cloudevents+json");
    static final MediaType BATCH = MediaType.parseMediaType("application/cloudevents-batch+json");

    private static final JsonFormat FORMAT = new JsonFormat();

    private PostedEvents() {
    }

    static List<CloudEvent> read(MediaType contentType, Map<String, String> headers, byte[] body) {
        if (contentType != null && BATCH.isCompatibleWith(contentType)) {
            return batch(body);
        }
        if (contentType != null && STRUCTURED.isCompatibleWith(contentType)) {
            return List.of(structured(0, body));
        }
        return List.of(binary(headers, body));
    }

    private static List<CloudEvent> batch(byte[] body) {
        List<CloudEvent> events = new ArrayList<>();
        try {
            var items = ContractJson.mapper().readTree(body);
            if (items == null || !items.isArray() || items.isEmpty()) {
                throw malformed(0, "A batch is a non-empty JSON array of CloudEvents.");
            }
            for (int i = 0; i < items.size(); i++) {
                events.add(structured(i, ContractJson.mapper().writeValueAsBytes(items.get(i))));
            }
        } catch (IOException e) {
            throw malformed(0, "The batch is not valid JSON.");
        }
        return events;
    }

    private static CloudEvent structured(int index, byte[] json) {
        try {
            return FORMAT.deserialize(json);
        } catch (EventDeserializationException | CloudEventRWException | IllegalStateException e) {
            throw malformed(index, "Not a CloudEvent in JSON format: " + rootMessage(e));
        }
    }

    private static CloudEvent binary(Map<String, String> headers, byte[] body) {
        try {
            return HttpMessageFactory.createReader(headers, body).toEvent();
        } catch (CloudEventRWException | IllegalStateException e) {
            throw malformed(0, "Not a CloudEvent in HTTP binary mode (ce-* headers): " + rootMessage(e));
        }
    }

    private static IngressRefused malformed(int index, String detail) {
        return new IngressRefused(HttpStatus.BAD_REQUEST, "MALFORMED_CLOUDEVENT", List.of(
                new ItemProblem(index, null, "MALFORMED_CLOUDEVENT", detail)));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}

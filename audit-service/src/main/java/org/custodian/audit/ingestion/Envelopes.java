package org.custodian.audit.ingestion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import org.custodian.audit.log.CanonicalJson;

/**
 * A CloudEvent in the shape of the CloudEvents JSON format: every attribute and extension, and the
 * data as JSON when it is JSON, else byte for byte as {@code data_base64}, so nothing received is lost.
 */
final class Envelopes {

    private Envelopes() {
    }

    static ObjectNode of(CloudEvent event) {
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.put("specversion", event.getSpecVersion().toString());
        envelope.put("id", event.getId());
        envelope.put("source", event.getSource().toString());
        envelope.put("type", event.getType());
        putIfPresent(envelope, "subject", event.getSubject());
        if (event.getTime() != null) {
            envelope.put("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.getTime()));
        }
        putIfPresent(envelope, "datacontenttype", event.getDataContentType());
        putIfPresent(envelope, "dataschema", event.getDataSchema() == null ? null : event.getDataSchema().toString());
        for (String name : event.getExtensionNames()) {
            putExtension(envelope, name, event.getExtension(name));
        }
        putData(envelope, event);
        return envelope;
    }

    private static void putData(ObjectNode envelope, CloudEvent event) {
        byte[] data = event.getData() == null ? null : event.getData().toBytes();
        if (data == null || data.length == 0) {
            return;
        }
        JsonNode json = isJson(event.getDataContentType()) ? jsonOrNull(data) : null;
        if (json != null) {
            envelope.set("data", json);
        } else {
            envelope.put("data_base64", Base64.getEncoder().encodeToString(data));
        }
    }

    private static void putExtension(ObjectNode envelope, String name, Object value) {
        if (value instanceof Integer number) {
            envelope.put(name, number);
        } else if (value instanceof Boolean flag) {
            envelope.put(name, flag);
        } else if (value instanceof byte[] bytes) {
            envelope.put(name, Base64.getEncoder().encodeToString(bytes));
        } else if (value != null) {
            envelope.put(name, value.toString());
        }
    }

    private static void putIfPresent(ObjectNode envelope, String name, String value) {
        if (value != null) {
            envelope.put(name, value);
        }
    }

    /** As the CloudEvents JSON format decides: no content type, or any JSON media type. */
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return true;
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json") || mediaType.equals("text/json") || mediaType.endsWith("+json");
    }

    private static JsonNode jsonOrNull(byte[] data) {
        try {
            return CanonicalJson.parse(data);
        } catch (IOException notJsonAfterAll) {
            return null;
        }
    }
}

package org.custodian.audit.personal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Base64;
import java.util.Optional;

/**
 * How an encrypted field sits in an entry's data: {@code {"aes256gcm": base64(nonce || ciphertext || tag),
 * "person": researcher id}}. The hash chain covers this object, not the plaintext.
 */
record SealedField(String person, byte[] ciphertext) {

    static final String CIPHERTEXT = "aes256gcm";
    static final String PERSON = "person";

    /** The AES-GCM associated data: the event and the field the ciphertext belongs to. */
    static String context(String source, String eventId, String field) {
        return JsonNodeFactory.instance.arrayNode().add(source).add(eventId).add(field).toString();
    }

    static Optional<SealedField> of(JsonNode value) {
        if (value == null || !value.isObject() || value.size() != 2 || !value.path(CIPHERTEXT).isTextual()
                || !value.path(PERSON).isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SealedField(value.get(PERSON).asText(),
                    Base64.getDecoder().decode(value.get(CIPHERTEXT).asText())));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    ObjectNode json() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set(CIPHERTEXT, TextNode.valueOf(Base64.getEncoder().encodeToString(ciphertext)));
        node.put(PERSON, person);
        return node;
    }
}

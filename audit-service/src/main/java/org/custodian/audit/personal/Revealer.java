package org.custodian.audit.personal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Turns sealed fields back into their values for a reader, or into {@code "[erased]"} once the
 * person's key is destroyed. Not thread-safe: one per read.
 */
public final class Revealer {

    public static final String ERASED = "[erased]";
    static final String UNREADABLE = "[unreadable]";

    private final PersonKeys keys;
    private final Map<String, Optional<byte[]>> known = new HashMap<>();

    Revealer(PersonKeys keys) {
        this.keys = keys;
    }

    /** The envelope with its sealed data fields revealed; the envelope itself when it has none. */
    public JsonNode envelope(String source, String eventId, JsonNode envelope) {
        JsonNode data = envelope.path("data");
        if (!data.isObject() || !hasSealed(data)) {
            return envelope;
        }
        ObjectNode revealed = envelope.deepCopy();
        ObjectNode revealedData = (ObjectNode) revealed.get("data");
        for (Iterator<Map.Entry<String, JsonNode>> fields = data.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            SealedField.of(field.getValue()).ifPresent(sealed ->
                    revealedData.set(field.getKey(), reveal(sealed, SealedField.context(source, eventId, field.getKey()))));
        }
        return revealed;
    }

    private JsonNode reveal(SealedField sealed, String context) {
        Optional<byte[]> key = known.computeIfAbsent(sealed.person(), keys::existing);
        if (key.isEmpty()) {
            return TextNode.valueOf(ERASED);
        }
        try {
            return FieldValues.value(FieldCipher.decrypt(key.get(), context, sealed.ciphertext()));
        } catch (GeneralSecurityException | IOException e) {
            // a key made for a person already erased, or a ciphertext that was tampered with
            return TextNode.valueOf(sealed.person().isEmpty() ? ERASED : UNREADABLE);
        }
    }

    private static boolean hasSealed(JsonNode data) {
        for (JsonNode value : data) {
            if (SealedField.of(value).isPresent()) {
                return true;
            }
        }
        return false;
    }
}

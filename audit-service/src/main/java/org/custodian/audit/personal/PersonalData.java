package org.custodian.audit.personal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Crypto-shredding of personal fields (see {@link PersonalFields}). The log seals them before hashing,
 * readers reveal them, and erasure destroys the person's key, so the log itself never changes.
 */
@Service
public class PersonalData {

    private final PersonKeys keys;
    private final Clock clock;

    PersonalData(PersonKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * The envelope with each personal field of its data encrypted under its person's key, or the
     * envelope itself when it has none. A person already erased gets a key that is thrown away at
     * once, so what arrives about them after erasure is unreadable from the start.
     */
    public JsonNode seal(String type, String source, String eventId, JsonNode envelope) {
        List<String> fields = PersonalFields.of(type);
        JsonNode data = envelope.path("data");
        if (fields.isEmpty() || !data.isObject() || fields.stream().noneMatch(field -> isPlain(data.get(field)))) {
            return envelope;
        }
        String person = data.path(PersonalFields.PERSON).isTextual() ? data.get(PersonalFields.PERSON).asText() : "";
        byte[] key = person.isEmpty() ? FieldCipher.newKey()
                : keys.keyFor(person, clock.instant()).orElseGet(FieldCipher::newKey);
        ObjectNode sealed = envelope.deepCopy();
        ObjectNode sealedData = (ObjectNode) sealed.get("data");
        for (String field : fields) {
            if (isPlain(sealedData.get(field))) {
                byte[] plaintext = FieldValues.bytes(sealedData.get(field));
                byte[] ciphertext = FieldCipher.encrypt(key, SealedField.context(source, eventId, field), plaintext);
                sealedData.set(field, new SealedField(person, ciphertext).json());
            }
        }
        return sealed;
    }

    /** A reader for one request: it looks each person's key up once. */
    public Revealer revealer() {
        return new Revealer(keys);
    }

    /** Destroys the person's key; empty when the log holds nothing personal about them. */
    @Transactional
    public Optional<Erasure> erase(String researcherId, String by, String reason) {
        return keys.erase(researcherId, by, reason, clock.instant());
    }

    private static boolean isPlain(JsonNode value) {
        return value != null && !value.isNull() && SealedField.of(value).isEmpty();
    }
}

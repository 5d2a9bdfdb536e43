package org.custodian.audit.erasure;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.custodian.audit.log.AuditLog;
import org.custodian.audit.log.NewEntry;
import org.custodian.audit.personal.Erasure;
import org.custodian.audit.personal.PersonalData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destroys a person's key and, in the same transaction, appends the erasure to the log as an entry of
 * type {@value #TYPE}: whose key, who asked, when, and a SHA-256 of the reason (the reason is free text
 * that may itself be personal, so only its hash is logged; {@code person_key} keeps the text). The
 * entry's id is fixed per person, so repeating an erasure appends nothing.
 */
@Service
class PersonErasures {

    static final String TYPE = "org.custodian.personal-data.erased.v1";
    static final String SOURCE = "/audit-service";
    /** Where an entry the service records itself "was read": no Kafka topic, partition or offset. */
    static final String TOPIC = "audit-service";

    private final PersonalData personalData;
    private final AuditLog log;

    PersonErasures(PersonalData personalData, AuditLog log) {
        this.personalData = personalData;
        this.log = log;
    }

    @Transactional
    public Optional<Erasure> erase(String researcherId, String by, String reason) {
        Optional<Erasure> erasure = personalData.erase(researcherId, by, reason);
        erasure.ifPresent(done -> log.append(entry(done)));
        return erasure;
    }

    private static NewEntry entry(Erasure erasure) {
        String id = "personal-data-erased:" + erasure.researcherId();
        ObjectNode envelope = JsonNodeFactory.instance.objectNode().put("specversion", "1.0").put("id", id)
                .put("source", SOURCE).put("type", TYPE).put("subject", erasure.researcherId())
                .put("time", erasure.erasedAt().toString()).put("datacontenttype", "application/json")
                .put("actor", erasure.erasedBy());
        envelope.putObject("data").put("researcher_id", erasure.researcherId()).put("erased_by", erasure.erasedBy())
                .put("erased_at", erasure.erasedAt().toString()).put("reason_sha256", sha256(erasure.reason()));
        return new NewEntry(id, SOURCE, TYPE, erasure.researcherId(), erasure.erasedBy(), erasure.erasedAt(), TOPIC, -1, -1,
                envelope);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

package org.custodian.audit.erasure;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.custodian.audit.log.AuditLog;
import org.custodian.audit.log.NewEntry;
import org.custodian.audit.personal.Erasure;
import org.custodian.audit.personal.PersonalData;
import org.custodian.contracts.ContractJson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destroys a person's key and, in the same transaction, appends the erasure to the log as an entry of
 * type {@value ErasureEvents#TYPE}: whose key, who asked, when, and a SHA-256 of the reason (the reason is
 * free text that may itself be personal, so only its hash is logged; {@code person_key} keeps the text).
 * The entry's id is fixed per person, so repeating an erasure appends nothing. {@link ErasureAnnouncer}
 * then tells the other services.
 */
@Service
class PersonErasures {

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
        String id = ErasureEvents.id(erasure.researcherId());
        String source = ErasureEvents.SOURCE.toString();
        ObjectNode envelope = JsonNodeFactory.instance.objectNode().put("specversion", "1.0").put("id", id)
                .put("source", source).put("type", ErasureEvents.TYPE).put("subject", erasure.researcherId())
                .put("time", erasure.erasedAt().toString()).put("datacontenttype", "application/json")
                .put("actor", erasure.erasedBy());
        envelope.set("data", ContractJson.mapper().valueToTree(ErasureEvents.event(erasure)));
        return new NewEntry(id, source, ErasureEvents.TYPE, erasure.researcherId(), erasure.erasedBy(), erasure.erasedAt(),
                TOPIC, -1, -1, envelope);
    }
}

package org.custodian.audit.erasure;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.custodian.audit.personal.Erasure;
import org.custodian.contracts.EventMetadata;
import org.custodian.contracts.catalog.PersonalDataErased;

/**
 * An erasure as the contract's {@code personal-data.erased} event. The log's own entry and the event
 * announced on Kafka share source and id, so the audit consumer, deduplicating by both, logs it once.
 */
final class ErasureEvents {

    static final String TYPE = "org.custodian.personal-data.erased.v1";
    static final URI SOURCE = URI.create("/audit-service");

    private ErasureEvents() {
    }

    /** Fixed per person: an erasure happens once, and a repeated announcement is the same event. */
    static String id(String researcherId) {
        return "personal-data-erased:" + researcherId;
    }

    static PersonalDataErased event(Erasure erasure) {
        return new PersonalDataErased(erasure.researcherId(), erasure.erasedBy(), erasure.erasedAt(), sha256(erasure.reason()));
    }

    static EventMetadata metadata(Erasure erasure) {
        return new EventMetadata(id(erasure.researcherId()), SOURCE,
                OffsetDateTime.ofInstant(erasure.erasedAt(), ZoneOffset.UTC), erasure.erasedBy());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

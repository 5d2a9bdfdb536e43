package org.custodian.audit.personal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code person_key} table: one AES key per researcher, until erasure sets it to NULL for good. */
@Repository
class PersonKeys {

    private final JdbcClient jdbc;

    PersonKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's key, made on first use; empty once erased. Within the caller's transaction. */
    Optional<byte[]> keyFor(String researcherId, Instant now) {
        jdbc.sql("INSERT INTO person_key (researcher_id, secret, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(researcherId, FieldCipher.newKey(), utc(now)).update();
        return existing(researcherId);
    }

    /** The person's key if they have one and it was not erased. */
    Optional<byte[]> existing(String researcherId) {
        return jdbc.sql("SELECT secret FROM person_key WHERE researcher_id = ?").param(researcherId)
                .query((rs, row) -> Optional.ofNullable(rs.getBytes(1))).optional().flatMap(key -> key);
    }

    /** Destroys the key (a second erasure changes nothing); empty when the log holds no key for this person. */
    Optional<Erasure> erase(String researcherId, String by, String reason, Instant now) {
        jdbc.sql("""
                UPDATE person_key SET secret = NULL, erased_at = ?, erased_by = ?, erasure_reason = ?
                WHERE researcher_id = ? AND secret IS NOT NULL""")
                .params(utc(now), by, reason, researcherId).update();
        return jdbc.sql("SELECT researcher_id, erased_at, erased_by, erasure_reason FROM person_key WHERE researcher_id = ?")
                .param(researcherId)
                .query((rs, row) -> new Erasure(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getString(4)))
                .optional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

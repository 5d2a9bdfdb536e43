package org.custodian.audit.verification;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.custodian.audit.log.CanonicalContent;
import org.custodian.audit.log.ChainHash;

/**
 * Rows of {@code audit_entry} as verification reads them: the hashed columns, the canonical envelope and
 * the two hashes, as bytes in PostgreSQL's binary COPY format (no text formatting of times and hashes on
 * the server, no strings decoded here). Each row's hash is recomputed into buffers reused from row to row.
 */
final class StoredEntries {

    static final String COPY = "COPY (SELECT seq, event_id, event_source, event_type, subject, actor, event_time, topic,"
            + " kafka_partition, kafka_offset, received_at, canonical_envelope, prev_hash, entry_hash"
            + " FROM audit_entry ORDER BY seq) TO STDOUT (FORMAT binary)";
    private static final int FIELDS = 14;

    private final ChainWalk walk;
    private final CanonicalContent content = new CanonicalContent();
    private final MessageDigest sha256 = sha256();

    StoredEntries(ChainWalk walk) {
        this.walk = walk;
    }

    /** Checks every row to the end of the COPY. */
    void acceptAll(BinaryCopyRows rows) throws IOException {
        while (rows.next(FIELDS)) {
            accept(rows);
        }
    }

    private void accept(BinaryCopyRows row) throws IOException {
        long seq = row.int8();
        byte[] eventId = row.bytes();
        byte[] source = row.bytes();
        byte[] type = row.bytes();
        byte[] subject = row.bytes();
        byte[] actor = row.bytes();
        byte[] time = time(row);
        byte[] topic = row.bytes();
        int partition = row.int4();
        long offset = row.int8();
        byte[] receivedAt = time(row);
        byte[] envelope = row.bytes();
        byte[] prevHash = row.bytes();
        byte[] entryHash = row.bytes();
        boolean hashMatches = prevHash != null && prevHash.length == ChainHash.LENGTH && envelope != null
                && Arrays.equals(entryHash, content.write(seq, eventId, source, type, subject, actor, time, topic,
                        partition, offset, receivedAt, envelope).chainHash(sha256, prevHash));
        walk.accept(seq, prevHash, entryHash, hashMatches);
    }

    private static byte[] time(BinaryCopyRows row) throws IOException {
        Long micros = row.nullableInt8();
        return micros == null ? null : InstantText.ofPostgres(micros);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

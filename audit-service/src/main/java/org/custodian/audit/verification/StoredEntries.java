package org.custodian.audit.verification;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.custodian.audit.log.CanonicalContent;
import org.custodian.audit.log.ChainHash;

/**
 * Rows of {@code audit_entry} as verification reads them: the hashed columns, the canonical envelope as
 * raw bytes, and the two hashes, in PostgreSQL's binary format (no text formatting of times and hashes on
 * the server, no parsing here). Each row's hash is recomputed into buffers reused from row to row.
 */
final class StoredEntries {

    static final String SELECT = "SELECT seq, event_id, event_source, event_type, subject, actor, event_time, topic,"
            + " kafka_partition, kafka_offset, received_at, canonical_envelope, prev_hash, entry_hash"
            + " FROM audit_entry ORDER BY seq";

    private final ChainWalk walk;
    private final CanonicalContent content = new CanonicalContent();
    private final MessageDigest sha256 = sha256();

    StoredEntries(ChainWalk walk) {
        this.walk = walk;
    }

    void accept(ResultSet rs) throws SQLException {
        long seq = rs.getLong(1);
        byte[] prevHash = rs.getBytes(13);
        byte[] entryHash = rs.getBytes(14);
        byte[] envelope = rs.getBytes(12);
        boolean hashMatches = prevHash != null && prevHash.length == ChainHash.LENGTH && envelope != null
                && Arrays.equals(entryHash, content.write(seq, rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), instant(rs, 7), rs.getString(8), rs.getInt(9), rs.getLong(10),
                        instant(rs, 11), envelope).chainHash(sha256, prevHash));
        walk.accept(seq, prevHash, entryHash, hashMatches);
    }

    private static String instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : InstantText.of(value.toInstant());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

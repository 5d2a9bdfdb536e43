package org.custodian.audit.checkpoint;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.custodian.audit.log.CopyRows;
import org.custodian.audit.merkle.NodeSource;
import org.custodian.audit.merkle.TreeFrontier;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** The perfect subtrees of the Merkle tree, saved as checkpoints extend it, and the entry hashes that are its leaves. */
@Repository
class TreeStore {

    private static final int FETCH_SIZE = 1000;

    private final JdbcTemplate jdbc;

    TreeStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    /** A node source for one request, remembering what it read, since proofs ask for some nodes twice. */
    NodeSource nodes() {
        Map<String, byte[]> read = new HashMap<>();
        return (level, index) -> read.computeIfAbsent(level + "/" + index, key -> perfect(level, index));
    }

    void save(List<TreeFrontier.Node> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        CopyRows rows = new CopyRows(nodes.size() * 96);
        nodes.forEach(node -> rows.number(node.level()).number(node.index()).bytea(node.hash()).endRow());
        rows.copyInto(jdbc, "COPY audit_merkle_node (level, idx, hash) FROM STDIN");
    }

    /** Streams the entry hashes of entries {@code after + 1} to {@code upTo}, in order, within the caller's transaction. */
    void entryHashes(long after, long upTo, Consumer<byte[]> leaf) {
        jdbc.query("SELECT entry_hash FROM audit_entry WHERE seq > ? AND seq <= ? ORDER BY seq",
                (RowCallbackHandler) rs -> leaf.accept(rs.getBytes(1)), after, upTo);
    }

    /** When the entry {@code seq} was appended, if it exists. */
    Optional<Instant> receivedAt(long seq) {
        return jdbc.query("SELECT received_at FROM audit_entry WHERE seq = ?",
                (rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant(), seq).stream().findFirst();
    }

    private byte[] perfect(int level, long index) {
        try {
            return jdbc.queryForObject("SELECT hash FROM audit_merkle_node WHERE level = ? AND idx = ?", byte[].class,
                    level, index);
        } catch (EmptyResultDataAccessException e) {
            throw new IllegalStateException("The Merkle tree has no node " + level + "/" + index + " yet", e);
        }
    }
}

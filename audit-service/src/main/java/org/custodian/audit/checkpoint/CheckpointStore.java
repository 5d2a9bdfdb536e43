package org.custodian.audit.checkpoint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The signed checkpoints, one per tree size, append-only like the entries. */
@Repository
class CheckpointStore {

    private static final String SELECT = "SELECT tree_size, root_hash, created_at, note FROM audit_checkpoint";

    private final JdbcClient jdbc;

    CheckpointStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredCheckpoint> latest() {
        return jdbc.sql(SELECT + " ORDER BY tree_size DESC LIMIT 1").query(CheckpointStore::map).optional();
    }

    Optional<StoredCheckpoint> ofSize(long treeSize) {
        return jdbc.sql(SELECT + " WHERE tree_size = ?").param(treeSize).query(CheckpointStore::map).optional();
    }

    void insert(StoredCheckpoint checkpoint) {
        jdbc.sql("INSERT INTO audit_checkpoint (tree_size, root_hash, created_at, note) VALUES (?, ?, ?, ?)")
                .params(checkpoint.treeSize(), checkpoint.rootHash(),
                        OffsetDateTime.ofInstant(checkpoint.time(), ZoneOffset.UTC), checkpoint.note())
                .update();
    }

    private static StoredCheckpoint map(ResultSet rs, int row) throws SQLException {
        return new StoredCheckpoint(rs.getLong("tree_size"), rs.getBytes("root_hash"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("note"));
    }
}

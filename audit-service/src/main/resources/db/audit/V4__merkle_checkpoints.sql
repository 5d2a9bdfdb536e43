-- The Merkle tree over the entries (RFC 6962; leaf = SHA-256(0x00 || entry_hash)): every perfect
-- subtree, saved as checkpoints extend the tree. Level 0 holds the leaf hashes of seq = idx + 1.
CREATE TABLE audit_merkle_node (
    level SMALLINT NOT NULL CHECK (level BETWEEN 0 AND 63),
    idx   BIGINT   NOT NULL CHECK (idx >= 0),
    hash  BYTEA    NOT NULL CHECK (octet_length(hash) = 32),
    PRIMARY KEY (level, idx)
);

-- Signed checkpoints (C2SP signed notes), one per tree size.
CREATE TABLE audit_checkpoint (
    tree_size  BIGINT      NOT NULL PRIMARY KEY CHECK (tree_size > 0),
    root_hash  BYTEA       NOT NULL CHECK (octet_length(root_hash) = 32),
    created_at TIMESTAMPTZ NOT NULL,
    note       TEXT        NOT NULL
);

-- Both are append-only, like the entries.
CREATE FUNCTION audit_table_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER audit_merkle_node_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_merkle_node
    FOR EACH ROW EXECUTE FUNCTION audit_table_is_append_only();
CREATE TRIGGER audit_merkle_node_no_truncate
    BEFORE TRUNCATE ON audit_merkle_node
    FOR EACH STATEMENT EXECUTE FUNCTION audit_table_is_append_only();
CREATE TRIGGER audit_checkpoint_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_table_is_append_only();
CREATE TRIGGER audit_checkpoint_no_truncate
    BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_table_is_append_only();

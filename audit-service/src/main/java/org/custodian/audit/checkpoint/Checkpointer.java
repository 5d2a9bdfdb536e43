package org.custodian.audit.checkpoint;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.custodian.audit.log.AuditLog;
import org.custodian.audit.merkle.TreeFrontier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extends the Merkle tree over the entries appended since the last checkpoint and signs a new one
 * when it is due. One transaction: the tree's new nodes and the checkpoint commit together or not at
 * all, so a crash leaves the tree exactly as the last checkpoint left it.
 */
@Service
public class Checkpointer {

    // Any constant: it only has to be the same for every instance sharing the database.
    private static final long LOCK = 0x6175646974L;
    private static final int BATCH = 1000;

    private final TreeStore tree;
    private final CheckpointStore checkpoints;
    private final AuditLog log;
    private final NoteSigner signer;
    private final CheckpointProperties properties;
    private final CheckpointPolicy policy;
    private final JdbcClient jdbc;
    private final Clock clock;

    Checkpointer(TreeStore tree, CheckpointStore checkpoints, AuditLog log, NoteSigner signer,
                 CheckpointProperties properties, JdbcClient jdbc, Clock clock) {
        this.tree = tree;
        this.checkpoints = checkpoints;
        this.log = log;
        this.signer = signer;
        this.properties = properties;
        this.policy = new CheckpointPolicy(properties.everyEntries(), properties.every());
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Makes a checkpoint of the whole log if the policy says one is due; returns its tree size. */
    @Transactional
    public Optional<Long> checkpointIfDue() {
        return checkpoint(false);
    }

    /** Makes a checkpoint of the whole log now, unless no entry was appended since the last one. */
    @Transactional
    public Optional<Long> checkpointNow() {
        return checkpoint(true);
    }

    private Optional<Long> checkpoint(boolean evenIfNotDue) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query().singleValue();
        long covered = checkpoints.latest().map(StoredCheckpoint::treeSize).orElse(0L);
        long head = log.head().seq();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<Instant> oldest = tree.receivedAt(covered + 1);
        // head <= covered although entry covered + 1 exists: it was appended after head was read.
        if (head <= covered || oldest.isEmpty() || !(evenIfNotDue || policy.due(head - covered, oldest.get(), now))) {
            return Optional.empty();
        }
        byte[] root = extend(covered, head);
        String note = signer.sign(new CheckpointBody(properties.origin(), head, root, now).text());
        checkpoints.insert(new StoredCheckpoint(head, root, now, note));
        return Optional.of(head);
    }

    private byte[] extend(long from, long to) {
        TreeFrontier frontier = TreeFrontier.of(from, tree.nodes());
        List<TreeFrontier.Node> pending = new ArrayList<>();
        tree.entryHashes(from, to, entryHash -> {
            pending.addAll(frontier.append(entryHash));
            if (pending.size() >= BATCH) {
                tree.save(pending);
                pending.clear();
            }
        });
        tree.save(pending);
        if (frontier.size() != to) {
            throw new IllegalStateException("Entries " + (from + 1) + " to " + to + " are not all there");
        }
        return frontier.root();
    }
}

package org.custodian.audit.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.custodian.audit.AuditServiceIntegration;
import org.custodian.audit.log.AuditLog;
import org.custodian.audit.log.NewEntry;
import org.custodian.audit.merkle.TreeFrontier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Checkpoints from two threads race each other and the appender: each is made under the lock in one
 * transaction from the head it read, so none stores a tree node or a tree size that another already
 * stored, and the last one signs the root of exactly the entries it covers.
 */
class ConcurrentCheckpointIT extends AuditServiceIntegration {

    @Autowired
    private AuditLog log;
    @Autowired
    private Checkpointer checkpointer;
    @Autowired
    private CheckpointSchedule schedule;
    @Autowired
    private CheckpointStore checkpoints;

    @Test
    void racingCheckpointsNeverCoverTheSameEntriesTwice() {
        CompletableFuture<Void> appending = CompletableFuture.runAsync(() -> {
            for (int batch = 0; batch < 40; batch++) {
                log.appendAll(events(25));
                checkpointer.checkpointNow();
            }
        });
        CompletableFuture<Void> racing = CompletableFuture.runAsync(() -> {
            while (!appending.isDone()) {
                schedule.tick();
                checkpointer.checkpointNow();
            }
        });

        appending.join();
        racing.join();
        checkpointer.checkpointNow();

        StoredCheckpoint latest = checkpoints.latest().orElseThrow();
        TreeFrontier recomputed = TreeFrontier.empty();
        jdbc.sql("SELECT entry_hash FROM audit_entry WHERE seq <= ? ORDER BY seq").param(latest.treeSize())
                .query(byte[].class).list().forEach(recomputed::append);
        assertThat(latest.treeSize()).isEqualTo(log.head().seq());
        assertThat(latest.rootHash()).isEqualTo(recomputed.root());
    }

    private static List<NewEntry> events(int count) {
        List<NewEntry> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            events.add(new NewEntry(id, "/race", "com.example.race", "race", null, Instant.now(), "custodian.inbound.v1",
                    0, i, JsonNodeFactory.instance.objectNode().put("id", id)));
        }
        return events;
    }
}

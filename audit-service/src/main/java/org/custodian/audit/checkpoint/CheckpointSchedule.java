package org.custodian.audit.checkpoint;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Asks for a checkpoint every {@code poll}. A bean of its own so that the call goes through the
 * checkpointer's transactional proxy: called from inside the checkpointer, the advisory lock, the
 * new tree nodes and the checkpoint would each commit on their own, and two checkpointers could
 * extend the tree from the same size.
 */
@Component
class CheckpointSchedule {

    private final Checkpointer checkpointer;

    CheckpointSchedule(Checkpointer checkpointer) {
        this.checkpointer = checkpointer;
    }

    @Scheduled(fixedDelayString = "${custodian.audit.checkpoint.poll:1s}")
    void tick() {
        checkpointer.checkpointIfDue();
    }
}

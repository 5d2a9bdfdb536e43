package org.custodian.audit.checkpoint;

import java.time.Instant;
import java.util.Base64;

/**
 * The text a checkpoint signs, in the C2SP tlog-checkpoint format: the origin, the tree size in
 * decimal, the root hash in base64, then one extension line {@code time <instant>} saying when it was made.
 */
record CheckpointBody(String origin, long treeSize, byte[] rootHash, Instant time) {

    String text() {
        return origin + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\ntime " + time + "\n";
    }
}

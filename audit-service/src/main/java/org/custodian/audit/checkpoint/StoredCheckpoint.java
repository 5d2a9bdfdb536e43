package org.custodian.audit.checkpoint;

import java.time.Instant;

/** A checkpoint as kept: the tree size and root it commits to, when it was made, and the signed note. */
record StoredCheckpoint(long treeSize, byte[] rootHash, Instant time, String note) {
}

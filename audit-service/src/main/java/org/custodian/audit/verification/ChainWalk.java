package org.custodian.audit.verification;

import java.util.Arrays;
import java.util.function.LongConsumer;
import org.custodian.audit.log.ChainHash;
import org.custodian.audit.log.ChainHead;
import org.custodian.audit.log.LogEntry;

/**
 * Walks the entries in sequence order, checking each against the one before, and remembers the
 * first break. It counts on past a break so the report says how many entries there are.
 */
final class ChainWalk {

    private final LongConsumer progress;
    private final long every;
    private long expectedSeq = 1;
    private byte[] previousHash = ChainHash.genesis();
    private long entries;
    private ChainBreak firstBreak;

    ChainWalk() {
        this(verified -> { }, Long.MAX_VALUE);
    }

    /** Tells {@code progress} how many entries were walked, every {@code every} entries. */
    ChainWalk(LongConsumer progress, long every) {
        this.progress = progress;
        this.every = every;
    }

    void accept(LogEntry entry) {
        accept(entry.seq(), entry.prevHash(), entry.entryHash(), entry.hashIsConsistent());
    }

    /** The next entry in seq order, and whether its content and previous hash give its stored hash. */
    void accept(long seq, byte[] prevHash, byte[] entryHash, boolean hashMatches) {
        entries++;
        if (entries % every == 0) {
            progress.accept(entries);
        }
        if (firstBreak != null) {
            return;
        }
        if (seq != expectedSeq) {
            // seq is the primary key and entries come in seq order, so a mismatch is a gap.
            firstBreak = new ChainBreak(expectedSeq, Reason.ENTRY_MISSING);
        } else if (!Arrays.equals(prevHash, previousHash)) {
            firstBreak = new ChainBreak(seq, Reason.PREV_HASH_MISMATCH);
        } else if (!hashMatches) {
            firstBreak = new ChainBreak(seq, Reason.ENTRY_HASH_MISMATCH);
        }
        expectedSeq = seq + 1;
        previousHash = entryHash;
    }

    /** The verdict, given the head the log recorded: entries lost at the end show only there. */
    Verification end(ChainHead head) {
        long lastSeq = expectedSeq - 1;
        if (firstBreak == null && head.seq() != lastSeq) {
            firstBreak = new ChainBreak(Math.min(head.seq(), lastSeq) + 1,
                    head.seq() > lastSeq ? Reason.ENTRY_MISSING : Reason.BEYOND_HEAD);
        } else if (firstBreak == null && !Arrays.equals(head.entryHash(), previousHash)) {
            firstBreak = new ChainBreak(lastSeq, Reason.HEAD_MISMATCH);
        }
        return firstBreak == null ? Verification.valid(entries) : Verification.broken(entries, firstBreak);
    }

    /** Why an entry breaks the chain. */
    enum Reason {
        /** Its content does not give its stored hash: it was edited. */
        ENTRY_HASH_MISMATCH,
        /** Its previous hash is not the hash of the entry before it. */
        PREV_HASH_MISMATCH,
        /** No entry has this sequence number, though later ones exist or the head names it. */
        ENTRY_MISSING,
        /** The entry lies after the last one the head recorded. */
        BEYOND_HEAD,
        /** The last entry is not the one the head recorded. */
        HEAD_MISMATCH
    }

    record ChainBreak(long seq, Reason reason) {
    }
}

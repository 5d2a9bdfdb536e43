package org.custodian.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.custodian.audit.log.ChainHash;
import org.custodian.audit.log.ChainHead;
import org.custodian.audit.log.EntryContent;
import org.custodian.audit.log.LogEntry;
import org.custodian.audit.verification.ChainWalk.Reason;
import org.junit.jupiter.api.Test;

/** Invariant 3 without a database: every kind of tampering is found, at the first entry it breaks. */
class ChainWalkTest {

    private final List<LogEntry> log = chain(5);

    @Test
    void anIntactChainIsValid() {
        assertThat(walk(log, head(log))).isEqualTo(Verification.valid(5));
    }

    @Test
    void anEmptyLogIsValid() {
        assertThat(walk(List.of(), new ChainHead(0, ChainHash.genesis()))).isEqualTo(Verification.valid(0));
    }

    @Test
    void anEditedEntryIsNamed() {
        List<LogEntry> tampered = new ArrayList<>(log);
        LogEntry third = log.get(2);
        tampered.set(2, new LogEntry(content(3, "edited"), third.prevHash(), third.entryHash()));

        assertThat(walk(tampered, head(log))).isEqualTo(new Verification(false, 5, 3L, Reason.ENTRY_HASH_MISMATCH));
    }

    @Test
    void anEditedAndRehashedEntryBreaksTheLinkToTheNext() {
        List<LogEntry> tampered = new ArrayList<>(log);
        LogEntry third = log.get(2);
        EntryContent edited = content(3, "edited");
        tampered.set(2, new LogEntry(edited, third.prevHash(), ChainHash.of(third.prevHash(), edited)));

        assertThat(walk(tampered, head(log))).isEqualTo(new Verification(false, 5, 4L, Reason.PREV_HASH_MISMATCH));
    }

    @Test
    void aDeletedEntryIsNamed() {
        List<LogEntry> tampered = new ArrayList<>(log);
        tampered.remove(1);

        assertThat(walk(tampered, head(log))).isEqualTo(new Verification(false, 4, 2L, Reason.ENTRY_MISSING));
    }

    @Test
    void entriesDeletedFromTheEndAreFoundThroughTheHead() {
        assertThat(walk(log.subList(0, 3), head(log))).isEqualTo(new Verification(false, 3, 4L, Reason.ENTRY_MISSING));
    }

    @Test
    void swappedEntriesAreFound() {
        List<LogEntry> tampered = new ArrayList<>(log);
        LogEntry second = log.get(1);
        LogEntry third = log.get(2);
        tampered.set(1, new LogEntry(withSeq(third.content(), 2), third.prevHash(), third.entryHash()));
        tampered.set(2, new LogEntry(withSeq(second.content(), 3), second.prevHash(), second.entryHash()));

        assertThat(walk(tampered, head(log)).firstBadSeq()).isEqualTo(2L);
    }

    @Test
    void aLastEntryOtherThanTheHeadsIsFound() {
        List<LogEntry> rewritten = chain(5, "rewritten");

        assertThat(walk(rewritten, head(log))).isEqualTo(new Verification(false, 5, 5L, Reason.HEAD_MISMATCH));
    }

    private static Verification walk(List<LogEntry> entries, ChainHead head) {
        ChainWalk walk = new ChainWalk();
        entries.forEach(walk::accept);
        return walk.end(head);
    }

    private static ChainHead head(List<LogEntry> entries) {
        LogEntry last = entries.get(entries.size() - 1);
        return new ChainHead(last.seq(), last.entryHash());
    }

    private static List<LogEntry> chain(int length) {
        return chain(length, "original");
    }

    private static List<LogEntry> chain(int length, String subject) {
        List<LogEntry> entries = new ArrayList<>();
        byte[] previous = ChainHash.genesis();
        for (long seq = 1; seq <= length; seq++) {
            EntryContent content = content(seq, seq == length ? subject : "original");
            byte[] hash = ChainHash.of(previous, content);
            entries.add(new LogEntry(content, previous, hash));
            previous = hash;
        }
        return entries;
    }

    private static EntryContent content(long seq, String subject) {
        return new EntryContent(seq, "e-" + seq, "/test", "org.custodian.request.submitted.v1", subject, "actor",
                Instant.parse("2026-11-22T10:00:00Z"), "custodian.requests.v1", 0, seq, Instant.parse("2026-11-22T10:00:01Z"),
                JsonNodeFactory.instance.objectNode().put("id", "e-" + seq));
    }

    private static EntryContent withSeq(EntryContent c, long seq) {
        return new EntryContent(seq, c.eventId(), c.source(), c.type(), c.subject(), c.actor(), c.time(), c.topic(),
                c.partition(), c.offset(), c.receivedAt(), c.envelope());
    }
}

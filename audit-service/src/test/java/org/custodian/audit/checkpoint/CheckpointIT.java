package org.custodian.audit.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.custodian.audit.AuditServiceIntegration;
import org.custodian.audit.Events;
import org.custodian.audit.merkle.MerkleHash;
import org.custodian.audit.merkle.ProofCheck;
import org.custodian.audit.merkle.TreeFrontier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signed checkpoints over the real log: the note verifies with the published key, its root is the
 * Merkle root of the entries' hashes recomputed here, and proofs against it verify as RFC 9162 says.
 */
class CheckpointIT extends AuditServiceIntegration {

    @Autowired
    private Checkpointer checkpointer;

    @Test
    void aCheckpointIsASignedNoteOverTheRootOfEveryEntry() throws Exception {
        logSome(3);
        long size = checkpointer.checkpointNow().orElseThrow();

        JsonNode latest = api.get("/api/audit/checkpoints/latest", COMPLIANCE).json();
        String key = get("/api/audit/checkpoints/key", COMPLIANCE, "text/plain").body();
        HttpResponse<String> text = get("/api/audit/checkpoints/latest", COMPLIANCE, "text/plain");

        assertThat(latest.at("/tree_size").asLong()).isEqualTo(size);
        assertThat(latest.at("/root_hash").asText()).isEqualTo(HexFormat.of().formatHex(recomputedRoot(size)));
        assertThat(text.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(text.body()).isEqualTo(latest.at("/note").asText());
        String body = NoteCheck.open(text.body(), key);
        assertThat(body).isEqualTo("custodian.local/audit\n" + size + "\n"
                + Base64.getEncoder().encodeToString(recomputedRoot(size)) + "\ntime " + latest.at("/time").asText() + "\n");
        assertThat(key).startsWith("custodian.local/audit+").endsWith("\n");
    }

    @Test
    void nothingNewMeansNoNewCheckpoint() {
        logSome(1);
        long size = checkpointer.checkpointNow().orElseThrow();

        assertThat(checkpointer.checkpointNow()).isEmpty();
        assertThat(checkpointer.checkpointIfDue()).isEmpty();
        assertThat(api.get("/api/audit/checkpoints/latest", COMPLIANCE).json().at("/tree_size").asLong()).isEqualTo(size);
    }

    @Test
    void everyEntryHasAnInclusionProofAgainstEveryCheckpointThatCoversIt() {
        logSome(3);
        long first = checkpointer.checkpointNow().orElseThrow();
        logSome(4);
        long second = checkpointer.checkpointNow().orElseThrow();

        for (long size : List.of(first, second)) {
            byte[] root = recomputedRoot(size);
            for (long seq : List.of(1L, size / 2 + 1, size)) {
                JsonNode proof = api.get("/api/audit/entries/" + seq + "/proof?tree_size=" + size, COMPLIANCE).json();
                byte[] leaf = MerkleHash.leaf(entryHash(seq));
                assertThat(proof.at("/leaf_hash").asText()).isEqualTo(HexFormat.of().formatHex(leaf));
                assertThat(proof.at("/root_hash").asText()).isEqualTo(HexFormat.of().formatHex(root));
                assertThat(proof.at("/checkpoint").asText()).contains("\n" + size + "\n");
                assertThat(ProofCheck.inclusion(seq - 1, size, leaf, hashes(proof.at("/proof")), root)).isTrue();
                assertThat(ProofCheck.inclusion(seq - 1, size, MerkleHash.leaf(new byte[32]), hashes(proof.at("/proof")), root))
                        .isFalse();
            }
        }
        JsonNode byDefault = api.get("/api/audit/entries/1/proof", COMPLIANCE).json();
        assertThat(byDefault.at("/tree_size").asLong()).isEqualTo(second);
    }

    @Test
    void aConsistencyProofShowsTheLaterCheckpointExtendsTheEarlier() {
        logSome(2);
        long first = checkpointer.checkpointNow().orElseThrow();
        logSome(5);
        long second = checkpointer.checkpointNow().orElseThrow();

        JsonNode proof = api.get("/api/audit/consistency?from=" + first + "&to=" + second, COMPLIANCE).json();

        assertThat(proof.at("/from_root").asText()).isEqualTo(HexFormat.of().formatHex(recomputedRoot(first)));
        assertThat(proof.at("/to_root").asText()).isEqualTo(HexFormat.of().formatHex(recomputedRoot(second)));
        assertThat(ProofCheck.consistency(first, second, recomputedRoot(first), recomputedRoot(second),
                hashes(proof.at("/proof")))).isTrue();
        assertThat(ProofCheck.consistency(first, second, recomputedRoot(first - 1), recomputedRoot(second),
                hashes(proof.at("/proof")))).isFalse();
    }

    private void logSome(int count) {
        String request = newSubject("req");
        for (int i = 0; i < count; i++) {
            publish(Events.requestSubmitted(request), "r-1");
        }
        awaitEntries(request, count);
    }

    /** MTH over the stored entry hashes, computed here from the entries, not from the service's tree. */
    private byte[] recomputedRoot(long size) {
        TreeFrontier frontier = TreeFrontier.empty();
        jdbc.sql("SELECT entry_hash FROM audit_entry WHERE seq <= ? ORDER BY seq").param(size).query(byte[].class).list()
                .forEach(frontier::append);
        assertThat(frontier.size()).isEqualTo(size);
        return frontier.root();
    }

    private byte[] entryHash(long seq) {
        return jdbc.sql("SELECT entry_hash FROM audit_entry WHERE seq = ?").param(seq).query(byte[].class).single();
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(hash -> hashes.add(HexFormat.of().parseHex(hash.asText())));
        return hashes;
    }
}

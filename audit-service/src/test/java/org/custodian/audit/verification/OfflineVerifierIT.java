package org.custodian.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.custodian.audit.AuditServiceIntegration;
import org.custodian.audit.Events;
import org.custodian.audit.checkpoint.Checkpointer;
import org.custodian.audit.checkpoint.NoteSigner;
import org.custodian.audit.log.CanonicalJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.custodian.verifier.VerifyCommand;
import picocli.CommandLine;

/**
 * The offline verifier against a real export, checkpoint and key fetched from the running service,
 * and against tampered copies of each: every kind of tampering is refused and the first bad entry named.
 */
class OfflineVerifierIT extends AuditServiceIntegration {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private Checkpointer checkpointer;
    @TempDir
    Path dir;

    private List<String> lines;
    private long treeSize;
    private Path key;
    private Path checkpoint;

    @BeforeEach
    void aRealExport() throws IOException {
        String request = newSubject("req");
        publish(Events.requestSubmitted(request), "r-1");
        publish(Events.decisionMade(request), "policy-service");
        publish(Events.requestApproved(request), "request-service");
        awaitEntries(request, 3);
        checkpointer.checkpointNow();
        checkpoint = write("checkpoint.txt", get("/api/audit/checkpoints/latest", COMPLIANCE, "text/plain").body());
        key = write("audit.vkey", get("/api/audit/checkpoints/key", COMPLIANCE, "text/plain").body());
        lines = List.of(get("/api/audit/entries", COMPLIANCE, "application/x-ndjson").body().split("\n"));
        treeSize = Long.parseLong(Files.readString(checkpoint).split("\n")[1]);
        assertThat(lines.size()).isGreaterThanOrEqualTo((int) treeSize).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theRealExportVerifies() throws IOException {
        Run run = verify(lines, checkpoint, key);

        assertThat(run.exit()).as(run.report()).isZero();
        assertThat(run.report()).contains("signature    OK").contains("merkle root  OK, entries 1 to " + treeSize).endsWith("VERIFIED\n");
    }

    @Test
    void theRunnableJarVerifiesAsAProcessAndExitsZero() throws Exception {
        Path jar = Path.of("../audit-verifier/target/audit-verifier.jar");
        assertThat(jar).as("build audit-verifier first").exists();
        Path export = write("export.jsonl", String.join("\n", lines) + "\n");

        Process process = new ProcessBuilder("java", "-Xmx64m", "-jar", jar.toString(), "-e", export.toString(),
                "-c", checkpoint.toString(), "-k", key.toString()).redirectErrorStream(true).start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(report).isZero();
        assertThat(report).contains("VERIFIED");
    }

    @Test
    void anEditedEntryIsNamed() throws IOException {
        long seq = treeSize - 1;
        ObjectNode entry = line(seq);
        entry.put("actor", "someone-else");

        assertFails(replaced(seq, entry), checkpoint, "ENTRY_HASH_MISMATCH at entry " + seq, seq);
    }

    @Test
    void aDeletedEntryIsNamed() throws IOException {
        List<String> tampered = new ArrayList<>(lines);
        tampered.remove(1);

        assertFails(tampered, checkpoint, "ENTRY_MISSING at entry 2", 2L);
    }

    @Test
    void swappedEntriesAreNamed() throws IOException {
        List<String> tampered = new ArrayList<>(lines);
        tampered.set(1, lines.get(2));
        tampered.set(2, lines.get(1));

        assertFails(tampered, checkpoint, "at entry 2", 2L);
    }

    @Test
    void anExportCutShortOfTheCheckpointIsRefused() throws IOException {
        assertFails(lines.subList(0, (int) treeSize - 1), checkpoint, "ENTRY_MISSING at entry " + treeSize, treeSize);
    }

    @Test
    void aRewrittenAndRehashedHistoryDoesNotGiveTheSignedRoot() throws Exception {
        List<String> tampered = new ArrayList<>(lines.subList(0, (int) treeSize));
        ObjectNode edited = line(2);
        edited.put("subject", "hidden");
        tampered.set(1, edited.toString());
        rehashFrom(tampered, 2);

        Run run = verify(tampered, checkpoint, key);

        assertThat(run.exit()).as(run.report()).isEqualTo(1);
        assertThat(run.report()).contains("entries      OK").contains("NOT VERIFIED: ROOT_MISMATCH");
    }

    @Test
    void anAlteredCheckpointOrAnotherKeyIsRefused() throws IOException {
        String note = Files.readString(checkpoint);
        Path larger = write("larger.txt", note.replaceFirst("\n" + treeSize + "\n", "\n" + (treeSize + 1) + "\n"));
        Path otherKey = write("other.vkey",
                NoteSigner.generate("custodian.local/audit").verifierKey());

        assertThat(verify(lines, larger, key).report()).contains("NOT VERIFIED: SIGNATURE_INVALID");
        assertThat(verify(lines, checkpoint, otherKey).report()).contains("NOT VERIFIED: NOT_SIGNED_BY_KEY");
        assertThat(verify(lines, checkpoint, otherKey).exit()).isEqualTo(1);
    }

    private void assertFails(List<String> tampered, Path note, String expected, Long firstBad) throws IOException {
        Run run = verify(tampered, note, key);
        assertThat(run.exit()).as(run.report()).isEqualTo(1);
        assertThat(run.report()).contains("NOT VERIFIED: ").contains(expected).contains("first bad entry: " + firstBad);
    }

    private ObjectNode line(long seq) throws IOException {
        return (ObjectNode) JSON.readTree(lines.get((int) seq - 1));
    }

    private List<String> replaced(long seq, ObjectNode entry) {
        List<String> tampered = new ArrayList<>(lines);
        tampered.set((int) seq - 1, entry.toString());
        return tampered;
    }

    /** What someone who can write the database would do: recompute every hash from an entry on. */
    private static void rehashFrom(List<String> entries, int seq) throws Exception {
        byte[] previous = HexFormat.of().parseHex(((ObjectNode) JSON.readTree(entries.get(seq - 1))).get("prev_hash").asText());
        for (int i = seq - 1; i < entries.size(); i++) {
            ObjectNode entry = (ObjectNode) JSON.readTree(entries.get(i));
            entry.remove("entry_hash");
            entry.put("prev_hash", HexFormat.of().formatHex(previous));
            ObjectNode content = entry.deepCopy();
            content.remove("prev_hash");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previous);
            sha256.update(CanonicalJson.bytes(CanonicalJson.parse(content.toString())));
            previous = sha256.digest();
            entry.put("entry_hash", HexFormat.of().formatHex(previous));
            entries.set(i, entry.toString());
        }
    }

    private Run verify(List<String> entries, Path note, Path verifierKey) throws IOException {
        Path export = Files.createTempFile(dir, "export", ".jsonl");
        Files.write(export, entries, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new VerifyCommand()).setOut(new PrintWriter(out));
        int exit = command.execute("-e", export.toString(), "-c", note.toString(), "-k", verifierKey.toString());
        return new Run(exit, out.toString());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private record Run(int exit, String report) {
    }
}

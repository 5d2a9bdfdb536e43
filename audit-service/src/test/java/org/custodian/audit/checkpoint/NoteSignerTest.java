package org.custodian.audit.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signed notes and checkpoint bodies byte for byte as C2SP (and Go's sumdb/note) write them. */
class NoteSignerTest {

    // The example of the C2SP signed-note ecosystem (as published with Go-compatible note libraries).
    private static final String EXAMPLE_KEY = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";
    private static final String EXAMPLE_NOTE = "This is an example message.\n\n\u2014 example.com/foo "
            + "Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";

    @TempDir
    Path dir;

    @Test
    void theEcosystemsExampleNoteOpensWithItsKeySoOurReadingOfTheFormatIsRight() throws GeneralSecurityException {
        assertThat(NoteCheck.open(EXAMPLE_NOTE, EXAMPLE_KEY)).isEqualTo("This is an example message.\n");
        assertThat(NoteCheck.open(EXAMPLE_NOTE.replace("example message", "exemplary message"), EXAMPLE_KEY)).isNull();
    }

    @Test
    void aNoteWeSignOpensWithOurVerifierKeyAndNoOther() throws GeneralSecurityException {
        NoteSigner signer = NoteSigner.generate("custodian.local/audit");
        String note = signer.sign("custodian.local/audit\n7\nAAAA\n");

        assertThat(note).startsWith("custodian.local/audit\n7\nAAAA\n\n\u2014 custodian.local/audit ");
        assertThat(NoteCheck.open(note, signer.verifierKey())).isEqualTo("custodian.local/audit\n7\nAAAA\n");
        assertThat(NoteCheck.open(note, NoteSigner.generate("custodian.local/audit").verifierKey())).isNull();
        assertThat(NoteCheck.open(note.replace("\n7\n", "\n8\n"), signer.verifierKey())).isNull();
    }

    @Test
    void theKeyIdIsTheFirstFourBytesOfSha256OfNameNewlineTypeAndKey() {
        // python3 -c "import hashlib; print(hashlib.sha256(b'example.com/foo\n\x01' + bytes(32)).hexdigest()[:8])"
        assertThat(HexFormat.of().formatHex(NoteSigner.keyId("example.com/foo", new byte[32]))).isEqualTo("ae0599c0");
    }

    @Test
    void aSignerKeyReadsBackAsTheSameKey() throws GeneralSecurityException {
        NoteSigner signer = NoteSigner.generate("custodian.local/audit");
        NoteSigner again = NoteSigner.parse(signer.signerKey());

        assertThat(again.verifierKey()).isEqualTo(signer.verifierKey());
        assertThat(NoteCheck.open(again.sign("x\n"), signer.verifierKey())).isEqualTo("x\n");
    }

    @Test
    void aDamagedSignerKeyIsRefused() {
        String key = NoteSigner.generate("audit").signerKey();
        String otherId = key.replaceFirst("\\+[0-9a-f]{8}\\+", "+00000000+");

        assertThatThrownBy(() -> NoteSigner.parse(otherId)).hasMessageContaining("ID does not match");
        assertThatThrownBy(() -> NoteSigner.parse("audit+1234+AAAA")).hasMessageContaining("PRIVATE+KEY+");
        assertThatThrownBy(() -> NoteSigner.generate("two words")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCheckpointBodyIsOriginSizeBase64RootAndTime() {
        CheckpointBody body = new CheckpointBody("custodian.local/audit", 8, HexFormat.of()
                .parseHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"), Instant.parse("2026-11-22T10:00:00Z"));

        assertThat(body.text()).isEqualTo("custodian.local/audit\n8\nXcnaeacGWamtVZy3Ad7Zoqudgjqt"
                + "L0lgz+Nw7/RgQyg=\ntime 2026-11-22T10:00:00Z\n");
    }

    @Test
    void theKeyIsGeneratedOnceIntoTheDataDirectoryAndReusedAfter() throws Exception {
        CheckpointProperties properties = new CheckpointProperties("custodian.local/audit", 10, Duration.ofSeconds(5),
                Duration.ofSeconds(1), null, null);

        NoteSigner first = new SigningKey().checkpointSigner(properties, dir.toString());
        NoteSigner second = new SigningKey().checkpointSigner(properties, dir.toString());

        Path file = dir.resolve("keys/audit-checkpoint.key");
        assertThat(Files.readString(file).strip()).isEqualTo(first.signerKey());
        assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
        assertThat(second.verifierKey()).isEqualTo(first.verifierKey());
        assertThat(Files.list(file.getParent())).hasSize(1);
    }

    @Test
    void aConfiguredKeyWinsOverTheFile() {
        NoteSigner configured = NoteSigner.generate("audit.example.org/log");
        CheckpointProperties properties = new CheckpointProperties("audit.example.org/log", 10, Duration.ofSeconds(5),
                Duration.ofSeconds(1), null, configured.signerKey());

        assertThat(new SigningKey().checkpointSigner(properties, dir.toString()).verifierKey())
                .isEqualTo(configured.verifierKey());
        assertThat(dir.resolve("keys")).doesNotExist();
    }
}

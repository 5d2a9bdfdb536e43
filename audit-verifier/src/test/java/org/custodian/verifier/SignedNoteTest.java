package org.custodian.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Notes and keys as the C2SP ecosystem writes them, with its published example (Go sumdb/note compatible). */
class SignedNoteTest {

    private static final String KEY = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k";
    private static final String NOTE = "This is an example message.\n\n\u2014 example.com/foo "
            + "Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";

    @Test
    void theExampleOpensWithItsKey() {
        assertThat(SignedNote.open(NOTE, VerifierKey.parse(KEY))).isEqualTo("This is an example message.\n");
    }

    @Test
    void anAlteredTextIsRefusedAsAnInvalidSignature() {
        assertThatThrownBy(() -> SignedNote.open(NOTE.replace("This is an", "This was an"), VerifierKey.parse(KEY)))
                .isInstanceOfSatisfying(VerificationFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.SIGNATURE_INVALID));
    }

    @Test
    void signaturesByOtherKeysAreIgnoredAndNoneByOursIsReported() {
        String other = "This is an example message.\n\n\u2014 someone.else AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n";

        assertThatThrownBy(() -> SignedNote.open(other, VerifierKey.parse(KEY)))
                .isInstanceOfSatisfying(VerificationFailure.class, f -> assertThat(f.reason()).isEqualTo(Reason.NOT_SIGNED_BY_KEY));
    }

    @Test
    void aKeyWhoseIdDoesNotMatchIsRefused() {
        assertThatThrownBy(() -> VerifierKey.parse(KEY.replace("530d903a", "530d903b")))
                .hasMessageContaining("key ID does not match");
        assertThatThrownBy(() -> VerifierKey.parse("no-plus-signs")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCheckpointIsOriginSizeAndBase64Root() {
        Checkpoint checkpoint = Checkpoint.parse("custodian.local/audit\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n"
                + "time 2026-11-22T10:00:00Z\n");

        assertThat(checkpoint.treeSize()).isEqualTo(8);
        assertThat(checkpoint.time()).isEqualTo("2026-11-22T10:00:00Z");
        assertThatThrownBy(() -> Checkpoint.parse("origin\n08\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n"))
                .isInstanceOf(VerificationFailure.class);
    }
}

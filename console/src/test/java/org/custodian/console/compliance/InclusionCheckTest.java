package org.custodian.console.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class InclusionCheckTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final String NAME = "custodian.local/audit";

    private final byte[][] entries = {sha("a"), sha("b"), sha("c")};
    private final byte[][] leaves = {leaf(entries[0]), leaf(entries[1]), leaf(entries[2])};
    private final byte[] left = node(leaves[0], leaves[1]);
    private final byte[] root = node(left, leaves[2]);
    private final Signer signer = new Signer();

    @Test
    void aPathFromTheEntryToTheSignedRootVerifies() throws Exception {
        String note = signer.note(3, root);

        assertThat(InclusionCheck.check(HEX.formatHex(entries[0]), 0, List.of(hex(leaves[1]), hex(leaves[2])), note, signer.key()))
                .isEqualTo(new InclusionCheck.Result(true, null, NAME, 3, hex(root)));
        assertThat(InclusionCheck.check(HEX.formatHex(entries[2]), 2, List.of(hex(left)), note, signer.key()).verified()).isTrue();
    }

    @Test
    void anEntryThatDiffersFromWhatWasSignedIsNotVerified() throws Exception {
        InclusionCheck.Result result = InclusionCheck.check(HEX.formatHex(sha("edited")), 2, List.of(hex(left)),
                signer.note(3, root), signer.key());

        assertThat(result.verified()).isFalse();
        assertThat(result.reason()).contains("does not lead to the checkpoint's root");
    }

    @Test
    void aCheckpointAlteredAfterSigningOrSignedByAnotherKeyIsNotTrusted() throws Exception {
        String note = signer.note(3, root);
        String altered = note.replaceFirst("\n3\n", "\n4\n");
        String otherKey = new Signer().key();

        assertThat(InclusionCheck.check(HEX.formatHex(entries[2]), 2, List.of(hex(left)), altered, signer.key()).reason())
                .contains("does not verify");
        assertThat(InclusionCheck.check(HEX.formatHex(entries[2]), 2, List.of(hex(left)), note, otherKey).reason())
                .contains("no signature by");
    }

    @Test
    void anEntryBeyondTheCheckpointIsNotInIt() throws Exception {
        assertThat(InclusionCheck.check(HEX.formatHex(entries[2]), 2, List.of(), signer.note(2, left), signer.key()).reason())
                .contains("not in the checkpoint's tree of 2");
    }

    /** An Ed25519 checkpoint key as audit-service has one: C2SP verifier key text and signed notes. */
    private static final class Signer {
        private final KeyPair pair;
        private final byte[] raw;

        Signer() {
            try {
                pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            byte[] encoded = pair.getPublic().getEncoded();
            raw = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        }

        String key() {
            byte[] typed = new byte[33];
            typed[0] = 1;
            System.arraycopy(raw, 0, typed, 1, 32);
            return NAME + "+" + HEX.formatHex(keyId()) + "+" + Base64.getEncoder().encodeToString(typed);
        }

        String note(long size, byte[] rootHash) throws Exception {
            String text = "custodian.local/audit\n" + size + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(pair.getPrivate());
            ed25519.update(text.getBytes(StandardCharsets.UTF_8));
            byte[] signature = ed25519.sign();
            byte[] signed = new byte[4 + signature.length];
            System.arraycopy(keyId(), 0, signed, 0, 4);
            System.arraycopy(signature, 0, signed, 4, signature.length);
            return text + "\n\u2014 " + NAME + " " + Base64.getEncoder().encodeToString(signed) + "\n";
        }

        private byte[] keyId() {
            return Arrays.copyOf(digest(NAME.getBytes(StandardCharsets.UTF_8), new byte[] {'\n', 1}, raw), 4);
        }
    }

    private static byte[] sha(String text) {
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] leaf(byte[] entryHash) {
        return digest(new byte[] {0}, entryHash);
    }

    private static byte[] node(byte[] leftHash, byte[] rightHash) {
        return digest(new byte[] {1}, leftHash, rightHash);
    }

    private static String hex(byte[] hash) {
        return HEX.formatHex(hash);
    }

    private static byte[] digest(byte[]... parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha256.update(part);
            }
            return sha256.digest();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

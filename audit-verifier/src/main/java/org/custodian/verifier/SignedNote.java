package org.custodian.verifier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;

/**
 * Opens a C2SP signed note: the text up to the last blank line, then signature lines
 * {@code — <name> base64(key id || signature)}. Lines by other keys are ignored; a line by this key
 * that does not verify rejects the note, as the spec requires.
 */
final class SignedNote {

    private static final String DASH = "\u2014 ";

    private SignedNote() {
    }

    /** The signed text, or an exception saying why this key did not sign this note. */
    static String open(String note, VerifierKey key) {
        int split = note.lastIndexOf("\n\n");
        if (split < 0 || !note.endsWith("\n")) {
            throw new VerificationFailure(Reason.MALFORMED_CHECKPOINT, "no blank line before the signatures");
        }
        String text = note.substring(0, split + 1);
        for (String line : note.substring(split + 2, note.length() - 1).split("\n")) {
            if (!line.startsWith(DASH)) {
                throw new VerificationFailure(Reason.MALFORMED_CHECKPOINT, "a signature line does not start with an em dash");
            }
            String[] nameAndSignature = line.substring(DASH.length()).split(" ");
            byte[] signed = nameAndSignature.length == 2 ? decode(nameAndSignature[1]) : new byte[0];
            if (signed.length < 5) {
                throw new VerificationFailure(Reason.MALFORMED_CHECKPOINT, "a signature line is not <name> <base64>");
            }
            if (nameAndSignature[0].equals(key.name()) && Arrays.equals(Arrays.copyOf(signed, 4), key.keyId())) {
                if (!verifies(text, Arrays.copyOfRange(signed, 4, signed.length), key)) {
                    throw new VerificationFailure(Reason.SIGNATURE_INVALID,
                            "the signature by " + key.name() + " does not verify: the checkpoint was altered or forged");
                }
                return text;
            }
        }
        throw new VerificationFailure(Reason.NOT_SIGNED_BY_KEY, "no signature by " + key.name() + " with this key ID");
    }

    private static boolean verifies(String text, byte[] signature, VerifierKey key) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key.publicKey());
            ed25519.update(text.getBytes(StandardCharsets.UTF_8));
            return ed25519.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}

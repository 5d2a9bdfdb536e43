package org.custodian.audit.checkpoint;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/** Opens a C2SP signed note with a verifier key, as a client would: the text if this key signed it, else null. */
public final class NoteCheck {

    private NoteCheck() {
    }

    public static String open(String note, String verifierKey) throws GeneralSecurityException {
        String[] key = verifierKey.strip().split("\\+", 3);
        byte[] typed = Base64.getDecoder().decode(key[2]);
        byte[] publicKey = Arrays.copyOfRange(typed, 1, typed.length);
        if (typed[0] != 1 || !HexFormat.of().formatHex(NoteSigner.keyId(key[0], publicKey)).equals(key[1])) {
            return null;
        }
        int split = note.lastIndexOf("\n\n");
        String text = note.substring(0, split + 1);
        for (String line : note.substring(split + 2).split("\n")) {
            String prefix = "\u2014 " + key[0] + " ";
            if (!line.startsWith(prefix)) {
                continue;
            }
            byte[] signed = Base64.getDecoder().decode(line.substring(prefix.length()));
            if (!HexFormat.of().formatHex(Arrays.copyOf(signed, 4)).equals(key[1])) {
                continue;
            }
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(Ed25519Keys.publicKey(publicKey));
            ed25519.update(text.getBytes(StandardCharsets.UTF_8));
            return ed25519.verify(Arrays.copyOfRange(signed, 4, signed.length)) ? text : null;
        }
        return null;
    }
}

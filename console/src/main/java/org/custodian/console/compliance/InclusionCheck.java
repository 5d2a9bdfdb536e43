package org.custodian.console.compliance;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks an entry's inclusion proof in the console, not trusting the service's word: the note is signed by the
 * checkpoint key (C2SP signed note, Ed25519), the leaf is SHA-256(0x00 || entry hash), and the audit path leads from
 * the leaf to the note's root hash (RFC 9162 §2.1.3.2).
 */
public final class InclusionCheck {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] X509_ED25519 = HEX.parseHex("302a300506032b6570032100");

    /** The verdict: {@code reason} says why it is not verified, null when it is. */
    public record Result(boolean verified, String reason, String keyName, long treeSize, String rootHash) {
    }

    private InclusionCheck() {
    }

    static Result check(String entryHash, long leafIndex, List<String> path, String note, String verifierKey) {
        String keyName = verifierKey.strip().split("\\+", 2)[0];
        String text;
        try {
            text = signedText(note, verifierKey.strip());
        } catch (IllegalArgumentException e) {
            return new Result(false, e.getMessage(), keyName, 0, null);
        }
        String[] lines = text.split("\n");
        long size = Long.parseLong(lines[1]);
        byte[] root = Base64.getDecoder().decode(lines[2]);
        if (leafIndex >= size) {
            return new Result(false, "The entry is not in the checkpoint's tree of " + size + " entries.", keyName, size, HEX.formatHex(root));
        }
        byte[] computed = root(sha256(new byte[] {0}, HEX.parseHex(entryHash)), leafIndex, size, path);
        boolean verified = Arrays.equals(computed, root);
        return new Result(verified, verified ? null : "The audit path does not lead to the checkpoint's root hash: "
                + "the entry or the log differs from what the checkpoint signed.", keyName, size, HEX.formatHex(root));
    }

    private static byte[] root(byte[] leaf, long index, long size, List<String> path) {
        long fn = index;
        long sn = size - 1;
        byte[] r = leaf;
        for (String hex : path) {
            byte[] p = HEX.parseHex(hex);
            if (sn == 0) {
                return new byte[0];
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = sha256(new byte[] {1}, p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = sha256(new byte[] {1}, r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 ? r : new byte[0];
    }

    /** The note's signed text when a signature line by this key verifies; otherwise why not. */
    private static String signedText(String note, String verifierKey) {
        String[] parts = verifierKey.split("\\+", 3);
        byte[] typed = parts.length == 3 ? Base64.getDecoder().decode(parts[2]) : new byte[0];
        int split = note.lastIndexOf("\n\n");
        if (typed.length != 33 || split < 0) {
            throw new IllegalArgumentException("The checkpoint or the key is not well formed.");
        }
        String text = note.substring(0, split + 1);
        byte[] keyId = HEX.parseHex(parts[1]);
        for (String line : note.substring(split + 2).split("\n")) {
            String[] nameAndSignature = line.replaceFirst("^\u2014 ", "").split(" ");
            if (nameAndSignature.length != 2 || !nameAndSignature[0].equals(parts[0])) {
                continue;
            }
            byte[] signed = Base64.getDecoder().decode(nameAndSignature[1]);
            if (signed.length > 4 && Arrays.equals(Arrays.copyOf(signed, 4), keyId)) {
                if (!verifies(text, Arrays.copyOfRange(signed, 4, signed.length), Arrays.copyOfRange(typed, 1, 33))) {
                    throw new IllegalArgumentException("The checkpoint's signature by " + parts[0] + " does not verify.");
                }
                return text;
            }
        }
        throw new IllegalArgumentException("The checkpoint carries no signature by " + parts[0] + ".");
    }

    private static boolean verifies(String text, byte[] signature, byte[] rawKey) {
        try {
            byte[] encoded = Arrays.copyOf(X509_ED25519, X509_ED25519.length + rawKey.length);
            System.arraycopy(rawKey, 0, encoded, X509_ED25519.length, rawKey.length);
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(text.getBytes(StandardCharsets.UTF_8));
            return ed25519.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

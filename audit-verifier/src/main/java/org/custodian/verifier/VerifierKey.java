package org.custodian.verifier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/** A C2SP signed-note verifier key, {@code <name>+<hex key id>+base64(0x01 || Ed25519 public key)}. */
record VerifierKey(String name, byte[] keyId, PublicKey publicKey) {

    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    static VerifierKey parse(String text) {
        String[] parts = text.strip().split("\\+", 3);
        if (parts.length != 3 || parts[0].isEmpty() || !parts[1].matches("[0-9a-f]{8}")) {
            throw new IllegalArgumentException("A verifier key is <name>+<8 hex digits>+<base64 key>");
        }
        byte[] typed = Base64.getDecoder().decode(parts[2]);
        if (typed.length != 33 || typed[0] != 0x01) {
            throw new IllegalArgumentException("Only Ed25519 verifier keys (type 0x01, 32 bytes) are supported");
        }
        byte[] raw = Arrays.copyOfRange(typed, 1, typed.length);
        byte[] keyId = HexFormat.of().parseHex(parts[1]);
        if (!Arrays.equals(keyId, keyId(parts[0], raw))) {
            throw new IllegalArgumentException("The key ID does not match the key's name and public key");
        }
        try {
            byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + raw.length);
            System.arraycopy(raw, 0, encoded, X509_PREFIX.length, raw.length);
            return new VerifierKey(parts[0], keyId, KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key", e);
        }
    }

    /** SHA-256(name || 0x0A || 0x01 || key)[:4], as C2SP signed-note defines it for Ed25519. */
    static byte[] keyId(String name, byte[] rawKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(name.getBytes(StandardCharsets.UTF_8));
            sha256.update(new byte[] {'\n', 0x01});
            sha256.update(rawKey);
            return Arrays.copyOf(sha256.digest(), 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

package org.custodian.audit.checkpoint;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A C2SP signed-note signer with an Ed25519 key. Key ID = SHA-256(name || 0x0A || 0x01 || public key)[:4];
 * a signature line is {@code — <name> base64(key ID || signature)}. The keys are written as Go's
 * golang.org/x/mod/sumdb/note writes them: {@code PRIVATE+KEY+<name>+<hex id>+base64(0x01 || seed)}
 * and the verifier key {@code <name>+<hex id>+base64(0x01 || public key)}.
 */
public final class NoteSigner {

    private static final byte ED25519 = 0x01;
    private static final String PRIVATE_PREFIX = "PRIVATE+KEY+";

    private final String name;
    private final KeyPair keys;
    private final byte[] keyId;

    private NoteSigner(String name, KeyPair keys) {
        if (name.isEmpty() || name.contains("+") || name.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("A key name is non-empty, with no spaces and no '+': " + name);
        }
        this.name = name;
        this.keys = keys;
        this.keyId = keyId(name, Ed25519Keys.raw(keys.getPublic()));
    }

    public static NoteSigner generate(String name) {
        return new NoteSigner(name, Ed25519Keys.generate());
    }

    /** Reads a signer key; its key ID must be the one its public key gives, so a damaged key is caught here. */
    public static NoteSigner parse(String signerKey) {
        String text = signerKey.strip();
        if (!text.startsWith(PRIVATE_PREFIX)) {
            throw new IllegalArgumentException("Not a signer key: it must start with " + PRIVATE_PREFIX);
        }
        String[] parts = text.substring(PRIVATE_PREFIX.length()).split("\\+", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("A signer key is PRIVATE+KEY+<name>+<key id>+<key>");
        }
        byte[] key = Base64.getDecoder().decode(parts[2]);
        if (key.length != 1 + Ed25519Keys.RAW_LENGTH || key[0] != ED25519) {
            throw new IllegalArgumentException("Only Ed25519 signer keys are supported");
        }
        NoteSigner signer = new NoteSigner(parts[0], Ed25519Keys.fromSeed(Arrays.copyOfRange(key, 1, key.length)));
        if (!signer.keyIdHex().equals(parts[1])) {
            throw new IllegalArgumentException("The signer key's ID does not match its key");
        }
        return signer;
    }

    public String name() {
        return name;
    }

    public String keyIdHex() {
        return HexFormat.of().formatHex(keyId);
    }

    public String signerKey() {
        return PRIVATE_PREFIX + name + "+" + keyIdHex() + "+" + base64Key(Ed25519Keys.seed(keys.getPrivate()));
    }

    public String verifierKey() {
        return name + "+" + keyIdHex() + "+" + base64Key(Ed25519Keys.raw(keys.getPublic()));
    }

    /** The signed note: the text (which must end in a newline), a blank line, and this key's signature line. */
    public String sign(String text) {
        if (!text.endsWith("\n") || text.contains("\n\n")) {
            throw new IllegalArgumentException("A note's text ends in a newline and has no blank line");
        }
        byte[] signature = ed25519(text.getBytes(StandardCharsets.UTF_8));
        byte[] idAndSignature = Arrays.copyOf(keyId, keyId.length + signature.length);
        System.arraycopy(signature, 0, idAndSignature, keyId.length, signature.length);
        return text + "\n\u2014 " + name + " " + Base64.getEncoder().encodeToString(idAndSignature) + "\n";
    }

    static byte[] keyId(String name, byte[] publicKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(name.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(ED25519);
            sha256.update(publicKey);
            return Arrays.copyOf(sha256.digest(), 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private byte[] ed25519(byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(keys.getPrivate());
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with Ed25519", e);
        }
    }

    private static String base64Key(byte[] raw) {
        byte[] typed = new byte[raw.length + 1];
        typed[0] = ED25519;
        System.arraycopy(raw, 0, typed, 1, raw.length);
        return Base64.getEncoder().encodeToString(typed);
    }
}

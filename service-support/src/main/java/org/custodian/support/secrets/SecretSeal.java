package org.custodian.support.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption of a secret kept in a database: each secret gets its own random AES-256 data key,
 * the secret is encrypted under it with AES-GCM, and the data key is wrapped (AES-GCM too) under the
 * key-encryption key (KEK), which never enters the database. The sealed text names the KEK by id, so an
 * old KEK can still open what it sealed after a new one takes over.
 * Sealed form: {@code seal:v1:<kek id>:<wrapped data key>:<ciphertext>}, each part base64url, each
 * encrypted part its 12-byte nonce followed by the GCM output.
 */
public final class SecretSeal {

    private static final String PREFIX = "seal:v1:";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecureRandom random = new SecureRandom();
    private final String currentId;
    private final Map<String, SecretKey> keks = new LinkedHashMap<>();

    /** @param current the KEK that seals; @param previous older KEKs, kept only to open what they sealed */
    public SecretSeal(byte[] current, List<byte[]> previous) {
        this.currentId = register(current);
        previous.forEach(this::register);
    }

    /** Whether a stored value is already sealed (anything else is legacy plaintext). */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** The id of the KEK new secrets are sealed under. */
    public String keyId() {
        return currentId;
    }

    public String seal(String secret) {
        byte[] dataKey = new byte[KEY_BYTES];
        random.nextBytes(dataKey);
        byte[] aad = currentId.getBytes(StandardCharsets.UTF_8);
        byte[] wrapped = encrypt(keks.get(currentId), dataKey, aad);
        byte[] sealed = encrypt(new SecretKeySpec(dataKey, "AES"), secret.getBytes(StandardCharsets.UTF_8), aad);
        return PREFIX + currentId + ":" + ENCODER.encodeToString(wrapped) + ":" + ENCODER.encodeToString(sealed);
    }

    /** The secret; fails with {@link SealException} if it was altered or sealed under a KEK not configured here. */
    public String open(String stored) {
        if (!isSealed(stored)) {
            throw new SealException("Not a sealed secret");
        }
        String[] parts = stored.substring(PREFIX.length()).split(":", -1);
        if (parts.length != 3) {
            throw new SealException("Malformed sealed secret");
        }
        SecretKey kek = keks.get(parts[0]);
        if (kek == null) {
            throw new SealException("Sealed under key-encryption key " + parts[0] + ", which is not configured");
        }
        byte[] aad = parts[0].getBytes(StandardCharsets.UTF_8);
        try {
            byte[] dataKey = decrypt(kek, DECODER.decode(parts[1]), aad);
            return new String(decrypt(new SecretKeySpec(dataKey, "AES"), DECODER.decode(parts[2]), aad),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw new SealException("Malformed sealed secret");
        }
    }

    /** A stored secret: opened if sealed, as it is if stored in plaintext before sealing (until sealed at startup). */
    public String openStored(String stored) {
        return isSealed(stored) ? open(stored) : stored;
    }

    /** Whether a sealed value should be sealed again: sealed under an older KEK. */
    public boolean needsResealing(String stored) {
        return !isSealed(stored) || !stored.startsWith(PREFIX + currentId + ":");
    }

    private String register(byte[] kek) {
        if (kek.length != KEY_BYTES) {
            throw new IllegalArgumentException("A key-encryption key has 32 bytes, not " + kek.length);
        }
        String id = idOf(kek);
        keks.putIfAbsent(id, new SecretKeySpec(kek.clone(), "AES"));
        return id;
    }

    // The id is derived from the key, so it need not be configured and cannot name the wrong key.
    private static String idOf(byte[] kek) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(kek);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] encrypt(SecretKey key, byte[] plain, byte[] aad) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            byte[] out = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + out.length).put(nonce).put(out).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    private static byte[] decrypt(SecretKey key, byte[] sealed, byte[] aad) {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SealException("Malformed sealed secret");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new SealException("The sealed secret was altered or sealed under another key");
        }
    }
}

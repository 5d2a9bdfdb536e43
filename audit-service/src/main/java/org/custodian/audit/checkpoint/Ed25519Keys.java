package org.custodian.audit.checkpoint;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Ed25519 keys as the JDK holds them and as signed notes write them: a 32-byte seed and a 32-byte
 * public key. The JDK encodes both with fixed DER prefixes, so conversion is a matter of bytes.
 */
final class Ed25519Keys {

    static final int RAW_LENGTH = 32;
    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private Ed25519Keys() {
    }

    static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Java 17 has Ed25519", e);
        }
    }

    /** The key pair of a seed. The JDK cannot derive a public key from a private one, but its generator derives both from the seed it draws. */
    static KeyPair fromSeed(byte[] seed) {
        requireRaw(seed);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new FixedSeed(seed));
            KeyPair pair = generator.generateKeyPair();
            if (!Arrays.equals(seed(pair.getPrivate()), seed)) {
                throw new IllegalStateException("This Java runtime does not draw an Ed25519 key from its random source");
            }
            return pair;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Java 17 has Ed25519", e);
        }
    }

    static byte[] seed(PrivateKey key) {
        return suffix(key.getEncoded(), PKCS8_PREFIX);
    }

    static byte[] raw(PublicKey key) {
        return suffix(key.getEncoded(), X509_PREFIX);
    }

    static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
        requireRaw(raw);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(concat(X509_PREFIX, raw)));
    }

    static PrivateKey privateKey(byte[] seed) throws GeneralSecurityException {
        requireRaw(seed);
        return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(concat(PKCS8_PREFIX, seed)));
    }

    private static byte[] suffix(byte[] encoded, byte[] prefix) {
        if (encoded.length != prefix.length + RAW_LENGTH
                || !Arrays.equals(Arrays.copyOf(encoded, prefix.length), prefix)) {
            throw new IllegalStateException("Not an Ed25519 key encoding this code knows");
        }
        return Arrays.copyOfRange(encoded, prefix.length, encoded.length);
    }

    private static void requireRaw(byte[] raw) {
        if (raw.length != RAW_LENGTH) {
            throw new IllegalArgumentException("An Ed25519 key has 32 bytes, not " + raw.length);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** A random source that yields one seed, so that the generator's key is the stored one. */
    private static final class FixedSeed extends SecureRandom {

        private final byte[] seed;

        FixedSeed(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("Expected to be asked for exactly one seed");
            }
            System.arraycopy(seed, 0, bytes, 0, seed.length);
        }
    }
}

package org.custodian.audit.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** RFC 6962 §2.1 hashing: leaves and interior nodes get distinct one-byte prefixes, so neither can pass for the other. */
public final class MerkleHash {

    private static final byte LEAF = 0x00;
    private static final byte NODE = 0x01;

    private MerkleHash() {
    }

    /** The root of the empty tree: SHA-256 of nothing. */
    public static byte[] empty() {
        return sha256().digest();
    }

    /** SHA-256(0x00 || data); the log's leaf data is an entry's 32-byte {@code entry_hash}. */
    public static byte[] leaf(byte[] data) {
        MessageDigest sha256 = sha256();
        sha256.update(LEAF);
        sha256.update(data);
        return sha256.digest();
    }

    /** SHA-256(0x01 || left || right). */
    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest sha256 = sha256();
        sha256.update(NODE);
        sha256.update(left);
        sha256.update(right);
        return sha256.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

package org.custodian.audit.log;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** entry_hash = SHA-256(prev_hash || canonical JSON of the entry's content); the first entry follows 32 zero bytes. */
public final class ChainHash {

    public static final int LENGTH = 32;

    private ChainHash() {
    }

    public static byte[] genesis() {
        return new byte[LENGTH];
    }

    public static byte[] of(byte[] prevHash, EntryContent content) {
        return of(prevHash, content.canonicalJson());
    }

    static byte[] of(byte[] prevHash, byte[] canonicalContent) {
        if (prevHash.length != LENGTH) {
            throw new IllegalArgumentException("A previous hash has " + LENGTH + " bytes, not " + prevHash.length);
        }
        MessageDigest sha256 = sha256();
        sha256.update(prevHash);
        sha256.update(canonicalContent);
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

package org.custodian.verifier;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * Checks export lines one by one, as audit-service/docs/hash-chain.md defines them: seq 1, 2, 3…
 * without gaps; prev_hash is the previous entry_hash (32 zero bytes before the first); entry_hash =
 * SHA-256(prev_hash || RFC 8785 form of the line without its two hashes). The entry hashes of the
 * first {@code treeSize} entries are the Merkle tree's leaves.
 */
final class EntryChain {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final long treeSize;
    private final MerkleRoot merkle = new MerkleRoot();
    private byte[] previous = new byte[32];
    private long expected = 1;
    private byte[] rootAtTreeSize;

    EntryChain(long treeSize) {
        this.treeSize = treeSize;
        if (treeSize == 0) {
            rootAtTreeSize = merkle.root();
        }
    }

    void accept(String line) {
        long seq = expected;
        ObjectNode entry = parse(line, seq);
        JsonNode seqNode = entry.get("seq");
        if (seqNode == null || !seqNode.canConvertToExactIntegral()) {
            throw new VerificationFailure(Reason.MALFORMED_ENTRY, seq, "the line after entry " + (seq - 1) + " has no seq");
        }
        long found = seqNode.asLong();
        if (found > expected) {
            throw new VerificationFailure(Reason.ENTRY_MISSING, expected, "entry " + expected + " is missing (the next line is entry " + found + ")");
        }
        if (found < expected) {
            throw new VerificationFailure(Reason.OUT_OF_ORDER, expected, "entry " + found + " appears again or out of order where entry " + expected + " belongs");
        }
        byte[] prevHash = hash(entry.remove("prev_hash"), seq, "prev_hash");
        byte[] entryHash = hash(entry.remove("entry_hash"), seq, "entry_hash");
        if (!Arrays.equals(prevHash, previous)) {
            throw new VerificationFailure(Reason.PREV_HASH_MISMATCH, seq, "its prev_hash is not the hash of entry " + (seq - 1) + ": entries were removed, reordered or rewritten");
        }
        if (!Arrays.equals(entryHash, chainHash(prevHash, entry, seq))) {
            throw new VerificationFailure(Reason.ENTRY_HASH_MISMATCH, seq, "its content does not give its entry_hash: the entry was edited");
        }
        if (seq <= treeSize) {
            merkle.add(entryHash);
            if (seq == treeSize) {
                rootAtTreeSize = merkle.root();
            }
        }
        previous = entryHash;
        expected++;
    }

    long entries() {
        return expected - 1;
    }

    /** The Merkle root of the first treeSize entries; fails if the export stopped short of them. */
    byte[] rootAtTreeSize() {
        if (rootAtTreeSize == null) {
            throw new VerificationFailure(Reason.ENTRY_MISSING, expected, "the export ends at entry " + (expected - 1)
                    + " but the checkpoint covers " + treeSize + " entries");
        }
        return rootAtTreeSize;
    }

    private static ObjectNode parse(String line, long seq) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node instanceof ObjectNode object) {
                return object;
            }
        } catch (IOException e) {
            // answered below
        }
        throw new VerificationFailure(Reason.MALFORMED_ENTRY, seq, "the line for entry " + seq + " is not a JSON object");
    }

    private static byte[] hash(JsonNode node, long seq, String name) {
        if (node == null || !node.isTextual() || !node.asText().matches("[0-9a-f]{64}")) {
            throw new VerificationFailure(Reason.MALFORMED_ENTRY, seq, name + " of entry " + seq + " is not 64 hex digits");
        }
        return HexFormat.of().parseHex(node.asText());
    }

    private static byte[] chainHash(byte[] prevHash, ObjectNode content, long seq) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(prevHash);
            sha256.update(new JsonCanonicalizer(JSON.writeValueAsString(content)).getEncodedUTF8());
            return sha256.digest();
        } catch (IOException | RuntimeException e) {
            throw new VerificationFailure(Reason.MALFORMED_ENTRY, seq, "entry " + seq + " has no RFC 8785 form: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

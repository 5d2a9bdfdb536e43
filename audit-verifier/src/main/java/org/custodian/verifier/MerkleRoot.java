package org.custodian.verifier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The RFC 6962 Merkle tree hash of a stream of leaves in O(log n) memory: leaf = SHA-256(0x00 ||
 * entry_hash), node = SHA-256(0x01 || left || right); equal-height subtrees merge as leaves arrive,
 * and the root folds what remains from the right, which is how RFC 6962 splits an unbalanced tree.
 */
final class MerkleRoot {

    private record Subtree(int height, byte[] hash) {
    }

    private final Deque<Subtree> stack = new ArrayDeque<>();

    void add(byte[] leafData) {
        Subtree subtree = new Subtree(0, hash((byte) 0x00, leafData, new byte[0]));
        while (!stack.isEmpty() && stack.peekLast().height() == subtree.height()) {
            subtree = new Subtree(subtree.height() + 1, hash((byte) 0x01, stack.removeLast().hash(), subtree.hash()));
        }
        stack.addLast(subtree);
    }

    byte[] root() {
        if (stack.isEmpty()) {
            return hash(null, new byte[0], new byte[0]);
        }
        Iterator<Subtree> fromRight = stack.descendingIterator();
        byte[] root = fromRight.next().hash();
        while (fromRight.hasNext()) {
            root = hash((byte) 0x01, fromRight.next().hash(), root);
        }
        return root;
    }

    private static byte[] hash(Byte prefix, byte[] a, byte[] b) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            if (prefix != null) {
                sha256.update(prefix);
            }
            sha256.update(a);
            sha256.update(b);
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

package org.custodian.audit.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6962 §2.1 over stored perfect subtrees: MTH, PATH and PROOF as the RFC defines them, where
 * every subtree the recursion needs is either stored or split into stored ones. Each answer costs
 * O(log² n) lookups, whatever the size of the tree.
 */
public final class MerkleTree {

    private final NodeSource nodes;

    public MerkleTree(NodeSource nodes) {
        this.nodes = nodes;
    }

    /** MTH(D[0:size]). */
    public byte[] root(long size) {
        requireSize(size);
        return size == 0 ? MerkleHash.empty() : hash(0, size);
    }

    /** PATH(leafIndex, D[0:size]): the audit path of one leaf, from the leaf upwards. */
    public List<byte[]> inclusionProof(long leafIndex, long size) {
        if (leafIndex < 0 || leafIndex >= size) {
            throw new IllegalArgumentException("Leaf " + leafIndex + " is not in a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(leafIndex, 0, size, path);
        return path;
    }

    /** PROOF(from, D[0:to]): what proves that the tree of {@code to} leaves extends the tree of {@code from}. */
    public List<byte[]> consistencyProof(long from, long to) {
        if (from < 1 || from > to) {
            throw new IllegalArgumentException("No consistency proof from " + from + " to " + to);
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(from, 0, to, true, proof);
        return proof;
    }

    private void path(long m, long start, long n, List<byte[]> out) {
        if (n == 1) {
            return;
        }
        long k = split(n);
        if (m < k) {
            path(m, start, k, out);
            out.add(hash(start + k, n - k));
        } else {
            path(m - k, start + k, n - k, out);
            out.add(hash(start, k));
        }
    }

    private void subproof(long m, long start, long n, boolean wholeOldTree, List<byte[]> out) {
        if (m == n) {
            if (!wholeOldTree) {
                out.add(hash(start, n));
            }
            return;
        }
        long k = split(n);
        if (m <= k) {
            subproof(m, start, k, wholeOldTree, out);
            out.add(hash(start + k, n - k));
        } else {
            subproof(m - k, start + k, n - k, false, out);
            out.add(hash(start, k));
        }
    }

    /** MTH(D[start:start+size]), size ≥ 1. */
    private byte[] hash(long start, long size) {
        if (Long.bitCount(size) == 1 && start % size == 0) {
            int level = Long.numberOfTrailingZeros(size);
            return nodes.perfect(level, start >> level);
        }
        long k = split(size);
        return MerkleHash.node(hash(start, k), hash(start + k, size - k));
    }

    /** The largest power of two smaller than n (n ≥ 2). */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static void requireSize(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("A tree has no negative size");
        }
    }
}

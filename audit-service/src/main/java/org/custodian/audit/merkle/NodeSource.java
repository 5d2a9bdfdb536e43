package org.custodian.audit.merkle;

/**
 * Where a tree keeps the hashes of its perfect subtrees: the one at {@code level} and {@code index}
 * covers leaves {@code index * 2^level} to {@code (index + 1) * 2^level - 1}; level 0 holds leaf hashes.
 */
@FunctionalInterface
public interface NodeSource {

    byte[] perfect(int level, long index);
}

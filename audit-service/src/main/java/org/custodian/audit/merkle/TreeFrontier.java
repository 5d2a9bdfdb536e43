package org.custodian.audit.merkle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The right edge of a growing tree: the perfect subtrees that the binary form of its size names.
 * Appending a leaf completes one new node per level it carries into, which is what a store must
 * save so that {@link MerkleTree} finds every perfect subtree. Memory is O(log n).
 */
public final class TreeFrontier {

    /** A completed perfect subtree. */
    public record Node(int level, long index, byte[] hash) {
    }

    private final Deque<Node> edge = new ArrayDeque<>();
    private long size;

    private TreeFrontier(long size) {
        this.size = size;
    }

    /** The frontier of a tree of {@code size} leaves, whose perfect subtrees {@code nodes} holds. */
    public static TreeFrontier of(long size, NodeSource nodes) {
        TreeFrontier frontier = new TreeFrontier(size);
        long start = 0;
        for (int level = 63; level >= 0; level--) {
            long width = 1L << level;
            if ((size & width) != 0) {
                frontier.edge.addLast(new Node(level, start >> level, nodes.perfect(level, start >> level)));
                start += width;
            }
        }
        return frontier;
    }

    public static TreeFrontier empty() {
        return new TreeFrontier(0);
    }

    /** Adds the next leaf (its data, not yet hashed) and returns every node that became complete. */
    public List<Node> append(byte[] leafData) {
        List<Node> completed = new ArrayList<>();
        Node node = new Node(0, size, MerkleHash.leaf(leafData));
        completed.add(node);
        while (!edge.isEmpty() && edge.peekLast().level() == node.level()) {
            Node left = edge.removeLast();
            node = new Node(node.level() + 1, left.index() >> 1, MerkleHash.node(left.hash(), node.hash()));
            completed.add(node);
        }
        edge.addLast(node);
        size++;
        return completed;
    }

    public long size() {
        return size;
    }

    /** MTH of the tree so far, folding the edge from the right as RFC 6962 splits it. */
    public byte[] root() {
        if (edge.isEmpty()) {
            return MerkleHash.empty();
        }
        var nodes = edge.descendingIterator();
        byte[] hash = nodes.next().hash();
        while (nodes.hasNext()) {
            hash = MerkleHash.node(nodes.next().hash(), hash);
        }
        return hash;
    }
}

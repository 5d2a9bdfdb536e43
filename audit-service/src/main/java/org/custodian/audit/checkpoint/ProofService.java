package org.custodian.audit.checkpoint;

import java.util.HexFormat;
import java.util.List;
import org.custodian.audit.merkle.MerkleTree;
import org.custodian.audit.merkle.NodeSource;
import org.custodian.audit.query.QueryParameters;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Inclusion and consistency proofs for any tree size up to the latest checkpoint's, and the checkpoints themselves. */
@Service
class ProofService {

    private final TreeStore tree;
    private final CheckpointStore checkpoints;

    ProofService(TreeStore tree, CheckpointStore checkpoints) {
        this.tree = tree;
        this.checkpoints = checkpoints;
    }

    @Transactional(readOnly = true)
    StoredCheckpoint latest() {
        return checkpoints.latest().orElseThrow(ProofService::noCheckpoint);
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    InclusionProof inclusion(long seq, Long requestedSize) {
        long size = checkedSize("tree_size", requestedSize, latest().treeSize());
        if (seq > size) {
            throw QueryParameters.invalid("Entry " + seq + " is not in a tree of " + size + " entries.");
        }
        NodeSource nodes = tree.nodes();
        MerkleTree merkle = new MerkleTree(nodes);
        return new InclusionProof(seq, seq - 1, size, hex(nodes.perfect(0, seq - 1)), hex(merkle.root(size)),
                hex(merkle.inclusionProof(seq - 1, size)), note(size));
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    ConsistencyProof consistency(long from, long to) {
        long latest = latest().treeSize();
        checkedSize("to", to, latest);
        if (from > to) {
            throw QueryParameters.invalid("from must not be greater than to.");
        }
        MerkleTree merkle = new MerkleTree(tree.nodes());
        return new ConsistencyProof(from, to, hex(merkle.root(from)), hex(merkle.root(to)),
                hex(merkle.consistencyProof(from, to)));
    }

    private static long checkedSize(String name, Long requested, long latest) {
        long size = requested == null ? latest : requested;
        if (size > latest) {
            throw QueryParameters.invalid(name + " must be at most " + latest + ", the latest checkpoint's tree size.");
        }
        return size;
    }

    private String note(long size) {
        return checkpoints.ofSize(size).map(StoredCheckpoint::note).orElse(null);
    }

    private static RuleViolation noCheckpoint() {
        return new RuleViolation(HttpStatus.NOT_FOUND, "NO_CHECKPOINT", "No checkpoint has been made yet.");
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(ProofService::hex).toList();
    }

    private static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    /** PATH(leaf_index, D[tree_size]) with the leaf and root it links; {@code checkpoint} is the note of that size, if one was made. */
    record InclusionProof(long seq, long leafIndex, long treeSize, String leafHash, String rootHash, List<String> proof,
                          String checkpoint) {
    }

    /** PROOF(from, D[to]) with both roots. */
    record ConsistencyProof(long from, long to, String fromRoot, String toRoot, List<String> proof) {
    }
}

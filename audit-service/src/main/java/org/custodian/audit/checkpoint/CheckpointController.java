package org.custodian.audit.checkpoint;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.custodian.audit.query.QueryParameters;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed checkpoints, the key that verifies them, and proofs against them. A checkpoint is JSON
 * by default and the bare signed note with {@code Accept: text/plain}; the key is the note verifier key.
 */
@RestController
class CheckpointController {

    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final ProofService proofs;
    private final NoteSigner signer;

    CheckpointController(ProofService proofs, NoteSigner signer) {
        this.proofs = proofs;
        this.signer = signer;
    }

    @GetMapping("/api/audit/checkpoints/latest")
    ResponseEntity<?> latest(@RequestHeader(value = "Accept", required = false) String accept) {
        StoredCheckpoint latest = proofs.latest();
        if (accept != null && accept.startsWith(MediaType.TEXT_PLAIN_VALUE)) {
            return ResponseEntity.ok().contentType(TEXT).body(latest.note());
        }
        return ResponseEntity.ok(new CheckpointView(signer.name(), latest.treeSize(),
                HexFormat.of().formatHex(latest.rootHash()), Base64.getEncoder().encodeToString(latest.rootHash()),
                latest.time(), latest.note()));
    }

    @GetMapping("/api/audit/checkpoints/key")
    ResponseEntity<String> key() {
        return ResponseEntity.ok().contentType(TEXT).body(signer.verifierKey() + "\n");
    }

    // Parameters arrive as text so that a bad one is refused with the service's own problem code.
    @GetMapping("/api/audit/entries/{seq}/proof")
    ProofService.InclusionProof proof(@PathVariable String seq, @RequestParam(name = "tree_size", required = false) String treeSize) {
        return proofs.inclusion(QueryParameters.number("seq", seq, 0, 1, Long.MAX_VALUE),
                treeSize == null ? null : QueryParameters.number("tree_size", treeSize, 0, 1, Long.MAX_VALUE));
    }

    @GetMapping("/api/audit/consistency")
    ProofService.ConsistencyProof consistency(@RequestParam(required = false) String from,
                                              @RequestParam(required = false) String to) {
        if (from == null || to == null) {
            throw QueryParameters.invalid("from and to, two tree sizes, are both required.");
        }
        return proofs.consistency(QueryParameters.number("from", from, 0, 1, Long.MAX_VALUE),
                QueryParameters.number("to", to, 0, 1, Long.MAX_VALUE));
    }

    /** A checkpoint: its key name, tree size, root hash (hex and base64, as the note writes it), time and the signed note. */
    record CheckpointView(String keyName, long treeSize, String rootHash, String rootHashBase64, Instant time, String note) {
    }
}

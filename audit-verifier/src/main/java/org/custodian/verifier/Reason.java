package org.custodian.verifier;

/** Why a verification failed; the entry reasons are those of the service's own {@code GET /api/audit/verify}. */
enum Reason {
    MALFORMED_KEY,
    MALFORMED_CHECKPOINT,
    NOT_SIGNED_BY_KEY,
    SIGNATURE_INVALID,
    MALFORMED_ENTRY,
    ENTRY_MISSING,
    OUT_OF_ORDER,
    PREV_HASH_MISMATCH,
    ENTRY_HASH_MISMATCH,
    ROOT_MISMATCH
}

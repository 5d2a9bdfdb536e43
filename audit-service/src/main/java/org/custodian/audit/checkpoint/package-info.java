/** Signed checkpoints of the Merkle tree (C2SP signed notes, Ed25519), the signing key, and the proofs served against them. */
package org.custodian.audit.checkpoint;

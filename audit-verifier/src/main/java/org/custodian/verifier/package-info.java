/** Checks an audit-service export offline: every entry hash, the chain, the Merkle root and the checkpoint's Ed25519 signature. */
package org.custodian.verifier;

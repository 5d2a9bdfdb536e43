/** The RFC 6962 Merkle tree over the log's entries: hashes, roots and inclusion and consistency proofs, free of Spring. */
package org.custodian.audit.merkle;

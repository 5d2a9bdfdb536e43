package org.custodian.audit.log;

/** The last entry appended: its sequence number (0 for an empty log) and hash (the genesis hash). */
public record ChainHead(long seq, byte[] entryHash) {
}

package org.custodian.support.secrets;

/** Where a service keeps secrets sealed; at startup it seals those still in plaintext or under a retired KEK. */
public interface SealedStore {

    /** What it keeps, for the log: "webhook secrets". */
    String what();

    /** Seals every secret still stored in plaintext (or under a retired KEK); returns how many. */
    int sealStored();
}

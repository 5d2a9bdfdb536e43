package org.custodian.audit.verification;

/** The verdict on the whole chain: how many entries, and the first one that breaks it, if any. */
record Verification(boolean valid, long entries, Long firstBadSeq, ChainWalk.Reason reason) {

    static Verification valid(long entries) {
        return new Verification(true, entries, null, null);
    }

    static Verification broken(long entries, ChainWalk.ChainBreak chainBreak) {
        return new Verification(false, entries, chainBreak.seq(), chainBreak.reason());
    }
}

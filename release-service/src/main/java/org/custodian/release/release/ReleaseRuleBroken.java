package org.custodian.release.release;

/** A command the release's rules refuse, with a stable code. */
class ReleaseRuleBroken extends RuntimeException {

    static final String NOT_THE_RESEARCHER = "NOT_THE_RESEARCHER";
    static final String ALREADY_REVOKED = "ALREADY_REVOKED";
    static final String RELEASE_EXPIRED = "RELEASE_EXPIRED";
    static final String ALREADY_CERTIFIED = "ALREADY_CERTIFIED";
    static final String UNKNOWN_ERASURE_REQUEST = "UNKNOWN_ERASURE_REQUEST";
    static final String NOT_FLAGGED = "NOT_FLAGGED";

    private final String code;

    ReleaseRuleBroken(String code, String detail) {
        super(detail);
        this.code = code;
    }

    String code() {
        return code;
    }
}

package org.custodian.request.chatops;

/** What chat tells stewards they can do about a review waiting for them: the endpoints that do it. */
public final class StewardActions {

    private StewardActions() {
    }

    public static String forRequest(String requestId) {
        return "Stewards: assign reviewers from the committee pool (PUT /api/requests/" + requestId
                + "/review/panel) or decide it yourselves (POST /api/requests/" + requestId + "/review/steward-decision).";
    }

    public static String forManuscript(String manuscriptId) {
        return "Stewards: decide it yourselves (POST /api/manuscripts/" + manuscriptId + "/steward-decision).";
    }
}

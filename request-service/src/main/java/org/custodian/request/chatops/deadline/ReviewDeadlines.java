package org.custodian.request.chatops.deadline;

/** Port: the request's review passed its vote deadline; implemented where requests are kept. */
public interface ReviewDeadlines {

    /** Marks the review of the request stalled for stewards; false if it was no longer open (nothing recorded). */
    boolean markOverdue(String requestId);
}

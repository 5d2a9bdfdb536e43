package org.custodian.request.review;

/** What the votes cast so far conclude. */
public enum Verdict {
    PENDING, APPROVED, REJECTED, CHANGES_REQUESTED
}

package org.custodian.release.release;

/** Where the erasure obligation of a release stands. */
public enum ErasureStatus {
    PENDING,
    DUE,
    OVERDUE,
    CERTIFIED
}

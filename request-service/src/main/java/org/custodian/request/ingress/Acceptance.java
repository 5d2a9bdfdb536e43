package org.custodian.request.ingress;

import java.time.Instant;

/** The answer for one accepted event: new, or a repeat of one accepted before (with the original time). */
record Acceptance(int index, String id, String source, String type, Status status, Instant acceptedAt) {

    enum Status { ACCEPTED, DUPLICATE }
}

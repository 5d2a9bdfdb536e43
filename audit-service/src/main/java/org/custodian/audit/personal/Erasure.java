package org.custodian.audit.personal;

import java.time.Instant;

/** A person's key was destroyed: when, by whom and why (the first erasure; repeating it changes nothing). */
public record Erasure(String researcherId, Instant erasedAt, String erasedBy, String reason) {
}

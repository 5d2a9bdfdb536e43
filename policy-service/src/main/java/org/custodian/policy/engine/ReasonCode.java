package org.custodian.policy.engine;

/** One stable reason code of DESIGN §5, the outcome it leads to, and what it means. */
public record ReasonCode(String code, String outcome, String message) {
}

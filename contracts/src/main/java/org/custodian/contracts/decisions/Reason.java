package org.custodian.contracts.decisions;

/** One finding of the policy: the rule, its stable code, the dataset it is about (or null), and why. */
public record Reason(String rule, String code, String dataset, String message) {
}

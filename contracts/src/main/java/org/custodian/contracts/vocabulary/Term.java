package org.custodian.contracts.vocabulary;

/** One value a client may use, and what it is called. */
public record Term(String code, String label) {
}

package org.custodian.policy.catalog;

/** A researcher's credentials changed, which may alter what is lawful for their live releases. */
public record CredentialsChanged(String researcherId, Change change) {
}

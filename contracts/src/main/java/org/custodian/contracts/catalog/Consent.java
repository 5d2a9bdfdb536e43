package org.custodian.contracts.catalog;

/** What the data subjects consented to, and whether minors are among them. */
public record Consent(
        String basis,
        boolean minors,
        boolean parentalConsent,
        boolean assent,
        boolean consentedSubsetOnly) {
}

package org.custodian.contracts.catalog;

import java.time.Instant;
import org.custodian.contracts.GovernanceEvent;

/**
 * Compliance erased a person's personal data (audit-service destroyed their key): from now on no service
 * shows their name, e-mail or chat id. Announced once per person; {@code reasonSha256} is the SHA-256 of
 * the reason, which is free text that may itself name the person.
 */
public record PersonalDataErased(String researcherId, String erasedBy, Instant erasedAt, String reasonSha256)
        implements GovernanceEvent {

    @Override
    public String subject() {
        return researcherId;
    }
}

package org.custodian.request.researcher;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.custodian.contracts.catalog.DsaSignature;

/** The ways a researcher's credentials change. */
final class CredentialCommands {

    private CredentialCommands() {
    }

    /** A steward sets the credentials anew. */
    record ChangeCredentials(@TargetAggregateIdentifier String researcherId, Credentials credentials) {
    }

    /** An IRB system reported that an approval is no longer valid. */
    record RecordIrbExpiry(@TargetAggregateIdentifier String researcherId, String reference) {
    }

    /** A contract system reported a signed data sharing agreement. */
    record RecordDsaSignature(@TargetAggregateIdentifier String researcherId, DsaSignature signature) {
    }

    /** HR reported that the researcher left their institution. */
    record RecordOffboarding(@TargetAggregateIdentifier String researcherId, String institution) {
    }
}

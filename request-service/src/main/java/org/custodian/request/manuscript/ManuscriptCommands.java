package org.custodian.request.manuscript;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.custodian.contracts.requests.ManuscriptSubmitted;

/** What happens to a manuscript; {@code today} comes from the injected clock, so the rules stay pure. */
final class ManuscriptCommands {

    private ManuscriptCommands() {
    }

    /** Record a researcher's manuscript under the release's publication review and moratorium (may be null). */
    record SubmitManuscript(@TargetAggregateIdentifier String manuscriptId, ManuscriptSubmitted submitted,
                            LocalDate noPublicationBefore) {
    }

    /** A reviewer approves or requires changes. */
    record ReviewManuscript(@TargetAggregateIdentifier String manuscriptId, String reviewerId, ManuscriptVerdict verdict,
                            String comment, LocalDate today) {
    }

    /** A steward decides a manuscript that no reviewer may decide (its datasets have no committee). */
    record DecideManuscriptAsSteward(@TargetAggregateIdentifier String manuscriptId, String stewardId,
                                     ManuscriptVerdict verdict, String comment, LocalDate today) {
    }

    /** The approval window passed without an answer. */
    record DeemApproved(@TargetAggregateIdentifier String manuscriptId, LocalDate today) {
    }
}

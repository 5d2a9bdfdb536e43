package org.custodian.request.manuscript;

import org.custodian.contracts.requests.ManuscriptOutcome;

/** A reviewer's review as recorded; {@code replayed} when the same reviewer had already given the same verdict. */
public record ReviewResult(String manuscriptId, String reviewerId, ManuscriptOutcome outcome, boolean replayed) {
}

package org.custodian.request.manuscript;

import org.axonframework.serialization.Revision;

/**
 * The review that follows was a steward's decision, not a reviewer's: the manuscript needed approval
 * and its datasets had no reviewer to give it. Shown on the timeline as {@code manuscript.steward-decided}.
 */
@Revision("1")
record ManuscriptStewardDecided(String manuscriptId, String stewardId) {
}

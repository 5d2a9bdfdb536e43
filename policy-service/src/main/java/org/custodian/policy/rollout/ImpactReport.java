package org.custodian.policy.rollout;

import java.time.LocalDate;
import java.util.List;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.Reason;

/**
 * What a candidate would change: of the {@code judged} live releases, each whose decision would differ (in
 * outcome, reasons or erase-by date), judged as released under the revision in force and under the candidate.
 */
record ImpactReport(String activeRevision, String candidateRevision, int judged, int changed, List<ReleaseImpact> releases) {

    /** One live release whose decision would differ; {@code added} and {@code removed} are the why. */
    record ReleaseImpact(String requestId, String researcherId, List<String> datasets, Judgement active,
                         Judgement candidate, boolean outcomeChanges, List<Reason> added, List<Reason> removed) {

        static ReleaseImpact of(String requestId, String researcherId, List<String> datasets, Decision active,
                                Decision candidate) {
            return new ReleaseImpact(requestId, researcherId, datasets, Judgement.of(active), Judgement.of(candidate),
                    active.outcome() != candidate.outcome(),
                    candidate.reasons().stream().filter(reason -> !active.reasons().contains(reason)).toList(),
                    active.reasons().stream().filter(reason -> !candidate.reasons().contains(reason)).toList());
        }

        boolean differs() {
            return !active.equals(candidate) || !added.isEmpty() || !removed.isEmpty();
        }
    }

    record Judgement(Outcome outcome, List<String> reasonCodes, LocalDate eraseBy) {

        static Judgement of(Decision decision) {
            return new Judgement(decision.outcome(), decision.reasonCodes(),
                    decision.obligations() == null ? null : decision.obligations().eraseBy());
        }
    }
}

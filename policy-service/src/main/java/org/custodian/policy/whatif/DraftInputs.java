package org.custodian.policy.whatif;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.policy.catalog.Datasets;
import org.custodian.policy.catalog.Researchers;
import org.custodian.policy.decision.PolicyInputs;
import org.custodian.support.problem.RuleViolation;
import org.custodian.support.security.Caller;
import org.custodian.support.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The policy input for a draft request, built as for a submission judged now. A researcher asks for
 * themselves only: someone else, like someone unknown, answers 404; stewards and compliance ask for anyone.
 */
@Component
class DraftInputs {

    static final String DRAFT_ID = "draft";

    private final PolicyInputs inputs;
    private final Researchers researchers;
    private final Datasets datasets;

    DraftInputs(PolicyInputs inputs, Researchers researchers, Datasets datasets) {
        this.inputs = inputs;
        this.researchers = researchers;
        this.datasets = datasets;
    }

    /** {@code draftTerms}: the datasets the call gives draft terms for, which need not be in the catalog. */
    ObjectNode of(DraftRequest draft, Set<String> draftTerms, Caller caller) {
        String researcherId = draft.researcherId() == null ? caller.subject() : draft.researcherId();
        if (!caller.hasAny(Role.STEWARD, Role.COMPLIANCE) && !researcherId.equals(caller.subject())
                || !researchers.knows(researcherId)) {
            throw new RuleViolation(HttpStatus.NOT_FOUND, "UNKNOWN_RESEARCHER", "There is no researcher " + researcherId + ".");
        }
        requireComplete(draft);
        ObjectNode held = datasets.termsOf(draft.datasets());
        List<String> unknown = draft.datasets().stream().filter(id -> !draftTerms.contains(id) && !held.has(id)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "UNKNOWN_DATASET",
                    "Field 'draft.datasets' names datasets the catalog does not hold: " + String.join(", ", unknown) + ".");
        }
        return inputs.of(new RequestSubmitted(DRAFT_ID, researcherId, draft.datasets(), draft.purpose(), draft.fields(),
                draft.durationDays(), draft.processingCountry(), draft.accessMode(),
                draft.publisherRetentionYears() == null ? 0 : draft.publisherRetentionYears()), Instant.now());
    }

    private static void requireComplete(DraftRequest draft) {
        if (draft.datasets() == null || draft.datasets().isEmpty() || draft.datasets().stream().anyMatch(id -> id == null || id.isBlank())) {
            throw WhatIfInputs.invalid("draft.datasets", "must list at least one dataset id");
        }
        if (draft.purpose() == null) {
            throw WhatIfInputs.invalid("draft.purpose", "is required");
        }
        if (draft.durationDays() == null || draft.durationDays() < 1) {
            throw WhatIfInputs.invalid("draft.duration_days", "must be a whole number of days, at least 1");
        }
        if (draft.processingCountry() == null || draft.processingCountry().isBlank()) {
            throw WhatIfInputs.invalid("draft.processing_country", "is required");
        }
        if (draft.accessMode() == null || draft.accessMode().isBlank()) {
            throw WhatIfInputs.invalid("draft.access_mode", "is required");
        }
        if (draft.publisherRetentionYears() != null && draft.publisherRetentionYears() < 0) {
            throw WhatIfInputs.invalid("draft.publisher_retention_years", "must not be negative");
        }
    }
}

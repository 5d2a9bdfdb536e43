package org.custodian.policy.whatif;

import java.util.List;
import org.custodian.contracts.requests.Purpose;

/**
 * A request as a researcher drafts it, by ids: who (the caller when absent), which datasets, for what
 * purpose, for how long, processed where and how. The service fills in the time, the researcher's stored
 * credentials, the datasets' current terms and the consent held.
 */
record DraftRequest(String researcherId, List<String> datasets, Purpose purpose, List<String> fields, Integer durationDays,
                    String processingCountry, String accessMode, Integer publisherRetentionYears) {
}

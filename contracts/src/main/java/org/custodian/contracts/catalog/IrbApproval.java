package org.custodian.contracts.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** An ethics (IRB) approval and the last day it is valid. */
public record IrbApproval(String reference, LocalDate expires) {

    /** Of a researcher's approvals, the one valid longest (what the policy checks), or null when there is none. */
    public static IrbApproval longest(List<IrbApproval> approvals) {
        return approvals.stream().max(Comparator.comparing(IrbApproval::expires)).orElse(null);
    }
}

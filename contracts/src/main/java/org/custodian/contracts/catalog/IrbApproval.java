package org.custodian.contracts.catalog;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** An ethics (IRB) approval and the last day it is valid. */
public record IrbApproval(String reference, LocalDate expires) {

    /** The approvals an event carries, or for an event of the first shape (no list) its single {@code irb}. */
    static List<IrbApproval> orFirstShape(List<IrbApproval> approvals, IrbApproval irb) {
        if (approvals != null) {
            return approvals;
        }
        return irb == null ? List.of() : List.of(irb);
    }

    /** Of a researcher's approvals, the one valid longest (what the policy checks), or null when there is none. */
    public static IrbApproval longest(List<IrbApproval> approvals) {
        return approvals.stream().max(Comparator.comparing(IrbApproval::expires)).orElse(null);
    }
}

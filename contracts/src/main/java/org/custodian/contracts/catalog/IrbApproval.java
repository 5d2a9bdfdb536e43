package org.custodian.contracts.catalog;

import java.time.LocalDate;

/** An ethics (IRB) approval and the last day it is valid. */
public record IrbApproval(String reference, LocalDate expires) {
}

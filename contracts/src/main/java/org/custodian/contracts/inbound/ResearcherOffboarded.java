package org.custodian.contracts.inbound;

import java.time.LocalDate;

/** HR reports that a researcher left their institution. */
public record ResearcherOffboarded(String researcherId, String institution, LocalDate effective) {
}

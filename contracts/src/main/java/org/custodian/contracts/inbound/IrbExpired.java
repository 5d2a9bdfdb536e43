package org.custodian.contracts.inbound;

import java.time.LocalDate;

/** An IRB system reports that a researcher's ethics approval is no longer valid. */
public record IrbExpired(String researcherId, String reference, LocalDate expiredOn) {
}

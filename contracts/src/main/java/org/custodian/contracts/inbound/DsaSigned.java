package org.custodian.contracts.inbound;

import java.time.LocalDate;

/** A contract system reports that a researcher signed (a version of) the data sharing agreement. */
public record DsaSigned(String researcherId, String version, LocalDate signedOn) {
}

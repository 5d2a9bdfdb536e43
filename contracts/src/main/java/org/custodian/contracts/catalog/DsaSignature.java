package org.custodian.contracts.catalog;

import java.time.LocalDate;

/** The version of the data sharing agreement a researcher signed, and the day they signed it. */
public record DsaSignature(String version, LocalDate signedOn) {
}

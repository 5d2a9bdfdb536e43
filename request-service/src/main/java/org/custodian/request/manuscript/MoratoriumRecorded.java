package org.custodian.request.manuscript;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The release's DUO moratorium: no approval, given or deemed, before {@code noPublicationBefore}. */
@Revision("1")
record MoratoriumRecorded(String manuscriptId, LocalDate noPublicationBefore) {
}

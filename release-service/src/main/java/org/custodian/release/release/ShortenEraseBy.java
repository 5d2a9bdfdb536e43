package org.custodian.release.release;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Bring a live release's erase-by date forward to {@code eraseBy}; a later date changes nothing. */
public record ShortenEraseBy(@TargetAggregateIdentifier String releaseId, LocalDate eraseBy, String reason,
                             String causeEventId, Instant shortenedAt) {
}

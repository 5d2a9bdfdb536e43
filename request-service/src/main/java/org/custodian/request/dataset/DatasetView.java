package org.custodian.request.dataset;

import java.time.Instant;
import org.custodian.contracts.catalog.DatasetTerms;

/** A dataset as the catalog shows it; {@code retiredAt} is set once a steward retired it (no new requests). */
public record DatasetView(String id, String title, String description, int termsVersion, DatasetTerms terms,
                          Instant registeredAt, Instant retiredAt) {
}

package org.custodian.audit.query;

import java.util.List;

/** A page of entries; {@code next} is the cursor ({@code after}) for the following page, or null at the end. */
record EntryPage(List<EntryView> entries, Long next) {
}

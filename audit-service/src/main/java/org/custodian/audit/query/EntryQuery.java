package org.custodian.audit.query;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A validated read of the log: optional filters (subject, type, dataset, researcher, the actor, whom an
 * integration acted for, a time window on the event's time), a sequence cursor and a page size.
 */
record EntryQuery(String subject, String type, String dataset, String researcher, String actor, String onBehalfOf,
                  Instant from,
                  Instant to, long after, int limit) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    // Type names as CloudEvents producers write them; this also keeps the type safe inside a regex.
    private static final Pattern TYPE = Pattern.compile("[A-Za-z0-9._:/-]{1,255}");

    /** The filters of a request; {@code limit} is absent for an export, which streams every match. */
    record Filters(String subject, String type, String dataset, String researcher, String actor, String onBehalfOf,
                   String from, String to) {
    }

    static EntryQuery parse(Filters filters, String after, String limit, boolean export) {
        if (filters.type() != null && !TYPE.matcher(filters.type()).matches()) {
            throw QueryParameters.invalid("type must be a CloudEvents type or its suffix, such as request.submitted.");
        }
        Instant from = QueryParameters.instant("from", filters.from());
        Instant to = QueryParameters.instant("to", filters.to());
        QueryParameters.window(from, to);
        long fallbackLimit = export ? Integer.MAX_VALUE : DEFAULT_LIMIT;
        return new EntryQuery(QueryParameters.id("subject", filters.subject()), filters.type(),
                QueryParameters.id("dataset", filters.dataset()), QueryParameters.id("researcher", filters.researcher()),
                QueryParameters.id("actor", filters.actor()),
                QueryParameters.id("on_behalf_of", filters.onBehalfOf()), from, to,
                QueryParameters.number("after", after, 0, 0, Long.MAX_VALUE),
                (int) QueryParameters.number("limit", limit, fallbackLimit, 1, export ? Integer.MAX_VALUE : MAX_LIMIT));
    }

    /** A regular expression for the full types a suffix names, in every version: org.custodian.{suffix}.vN. */
    String typeSuffixPattern() {
        return "^org\\.custodian\\." + type.replace(".", "\\.") + "\\.v[0-9]+$";
    }
}

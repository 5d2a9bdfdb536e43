package org.custodian.audit.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import java.time.ZoneOffset;
import org.custodian.support.problem.RuleViolation;

/**
 * The log's query parameters, as any caller may send them: a query is either read into values the
 * database can take (no NUL in text, instants PostgreSQL's timestamptz can hold) or refused with a
 * 400 {@code INVALID_QUERY}. Anything else would be a 500.
 */
class EntryQueryFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void readsOrRefuses(FuzzedDataProvider data) {
        EntryQuery.Filters filters = new EntryQuery.Filters(text(data), text(data), text(data), text(data), text(data),
                text(data), text(data), text(data));
        String after = text(data);
        String limit = text(data);
        try {
            EntryQuery query = EntryQuery.parse(filters, after, limit, data.consumeBoolean());
            for (String value : new String[] {query.subject(), query.type(), query.dataset(), query.researcher(), query.actor(),
                    query.onBehalfOf()}) {
                assertThat(value == null ? "" : value).doesNotContain("\u0000");
            }
            storable(query.from());
            storable(query.to());
        } catch (RuleViolation refused) {
            assertThat(refused.status().is4xxClientError()).isTrue();
            assertThat(refused.code()).isEqualTo(QueryParameters.INVALID_QUERY);
        }
    }

    private static String text(FuzzedDataProvider data) {
        return data.consumeBoolean() ? null : data.consumeString(40);
    }

    /** PostgreSQL's timestamptz runs from 4713 BC to 294276 AD. */
    private static void storable(Instant instant) {
        if (instant != null) {
            assertThat(instant.atOffset(ZoneOffset.UTC).getYear()).isBetween(-4712, 294276);
        }
    }
}

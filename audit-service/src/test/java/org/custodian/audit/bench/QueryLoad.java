package org.custodian.audit.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the log up to a size with generated rows, in SQL, for timing filtered queries on a large log.
 * The generated rows are not chained: run it after everything that verifies.
 */
final class QueryLoad {

    private QueryLoad() {
    }

    static void fillTo(JdbcTemplate jdbc, long size) {
        long head = jdbc.queryForObject("SELECT coalesce(max(seq), 0) FROM audit_entry", Long.class);
        for (long from = head + 1; from <= size; from += 100_000) {
            long to = Math.min(size, from + 99_999);
            jdbc.update("""
                    INSERT INTO audit_entry (seq, event_id, event_source, event_type, subject, actor, event_time, canonical_envelope,
                                             topic, kafka_partition, kafka_offset, received_at, prev_hash, entry_hash)
                    SELECT s, 'gen-' || s, '/generated', 'org.custodian.' || (ARRAY['request.submitted','decision.made',
                           'request.approved','release.issued'])[1 + s % 4] || '.v1', 'gen-req-' || (s % 100000),
                           'r-' || (s % 5000), now() - make_interval(secs => s), jsonb_build_object('id', 'gen-' || s,
                           'data', jsonb_build_object('request_id', 'gen-req-' || (s % 100000), 'researcher_id',
                           'r-' || (s % 5000), 'datasets', jsonb_build_array('ds-' || (s % 50)), 'purpose', 'question ' || s))::text,
                           'custodian.requests.v1', 0, s, now(), decode(repeat('00', 32), 'hex'), decode(repeat('00', 32), 'hex')
                    FROM generate_series(?, ?) AS s""", from, to);
            // what the appender records for these rows (DatasetSubjects)
            jdbc.update("""
                    INSERT INTO audit_dataset_subject (dataset_id, subject, first_seq)
                    SELECT element #>> '{}', e.subject, min(e.seq) FROM audit_entry e
                    CROSS JOIN LATERAL jsonb_array_elements(e.envelope -> 'data' -> 'datasets') AS element
                    WHERE e.seq BETWEEN ? AND ? GROUP BY 1, 2 ON CONFLICT DO NOTHING""", from, to);
        }
        jdbc.execute("ANALYZE audit_entry");
        jdbc.execute("ANALYZE audit_dataset_subject");
    }
}

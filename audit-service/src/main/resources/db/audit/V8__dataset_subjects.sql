-- The dataset filter of GET /api/audit/entries: which subjects have an entry naming a dataset in its data
-- (data.datasets[] or data.dataset_id). Filled by the appender in the append's transaction. Finding a
-- dataset's subjects is then an index range scan of this table instead of a GIN search that fetches every
-- entry naming the dataset (20,000 heap pages for a common one). Derived from the entries and outside the
-- chain, like an index: it decides which entries a filter finds, never what an entry says. first_seq is
-- the subject's first entry (when the pair was recorded), so a filter can skip the log before the
-- dataset's earliest subject in one probe.
CREATE TABLE audit_dataset_subject (
    dataset_id TEXT   NOT NULL,
    subject    TEXT   NOT NULL,
    first_seq  BIGINT NOT NULL,
    PRIMARY KEY (dataset_id, subject)
);

CREATE INDEX audit_dataset_subject_first ON audit_dataset_subject (dataset_id, first_seq);

INSERT INTO audit_dataset_subject (dataset_id, subject, first_seq)
SELECT named.dataset_id, named.subject, (SELECT min(f.seq) FROM audit_entry f WHERE f.subject = named.subject)
FROM (
SELECT element #>> '{}' AS dataset_id, e.subject
FROM audit_entry e
CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(e.envelope -> 'data' -> 'datasets') = 'array'
                                             THEN e.envelope -> 'data' -> 'datasets' ELSE '[]' END) AS element
WHERE e.subject IS NOT NULL AND jsonb_typeof(element) = 'string'
UNION
SELECT e.envelope -> 'data' ->> 'dataset_id', e.subject
FROM audit_entry e
WHERE e.subject IS NOT NULL AND jsonb_typeof(e.envelope -> 'data' -> 'dataset_id') = 'string'
) AS named
ON CONFLICT DO NOTHING;

CREATE TRIGGER audit_dataset_subject_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_dataset_subject
    FOR EACH ROW EXECUTE FUNCTION audit_table_is_append_only();
CREATE TRIGGER audit_dataset_subject_no_truncate
    BEFORE TRUNCATE ON audit_dataset_subject
    FOR EACH STATEMENT EXECUTE FUNCTION audit_table_is_append_only();

package org.custodian.audit.query;

import org.springframework.jdbc.core.simple.JdbcClient;

/** How many subjects a dataset filter reaches, which decides the shape of its SQL ({@link EntrySql}). */
enum DatasetReach {
    FEW_SUBJECTS,
    MANY_SUBJECTS;

    /** Past this many subjects, matches are dense enough that walking the log in seq order finds a page first. */
    static final int MANY = 500;

    /** One index range of at most {@link #MANY} rows; FEW_SUBJECTS when the query has no dataset filter. */
    static DatasetReach of(EntryQuery query, JdbcClient jdbc) {
        if (query.dataset() == null) {
            return FEW_SUBJECTS;
        }
        long subjects = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM audit_dataset_subject WHERE dataset_id = ? LIMIT ?) s")
                .params(query.dataset(), MANY).query(Long.class).single();
        return subjects >= MANY ? MANY_SUBJECTS : FEW_SUBJECTS;
    }
}

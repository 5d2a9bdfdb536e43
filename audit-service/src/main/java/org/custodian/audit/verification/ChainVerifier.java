package org.custodian.audit.verification;

import javax.sql.DataSource;
import org.custodian.audit.log.AuditLog;
import org.custodian.audit.log.EntryRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Recomputes the chain over every entry, streaming them, in one snapshot so appends in flight do not count. */
@Service
class ChainVerifier {

    private static final int FETCH_SIZE = 10_000;

    private final JdbcTemplate jdbc;
    private final AuditLog log;

    ChainVerifier(DataSource dataSource, AuditLog log) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.log = log;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Verification verify() {
        ChainWalk walk = new ChainWalk();
        jdbc.query(EntryRows.SELECT + " ORDER BY seq", (RowCallbackHandler) rs -> walk.accept(EntryRows.map(rs, 0)));
        return walk.end(log.head());
    }
}

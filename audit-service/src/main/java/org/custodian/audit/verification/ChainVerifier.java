package org.custodian.audit.verification;

import java.sql.PreparedStatement;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.custodian.audit.log.AuditLog;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the chain over every entry, streaming them, in one snapshot so appends in flight do not
 * count. Each entry's hash is recomputed from its columns and its stored canonical envelope, the bytes
 * appending hashed, so no JSON is parsed.
 */
@Service
class ChainVerifier {

    private static final int FETCH_SIZE = 5_000;

    private final JdbcTemplate jdbc;
    private final AuditLog log;

    ChainVerifier(DataSource dataSource, AuditLog log) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.log = log;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Verification verify() {
        return verify(verified -> { }, Long.MAX_VALUE);
    }

    /** The same, telling {@code progress} the count verified so far every {@code every} entries. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Verification verify(LongConsumer progress, long every) {
        ChainWalk walk = new ChainWalk(progress, every);
        StoredEntries entries = new StoredEntries(walk);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(StoredEntries.SELECT);
            // a threshold of -1 makes the driver ask for binary results from the first execution
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
            return statement;
        }, (RowCallbackHandler) entries::accept);
        return walk.end(log.head());
    }
}

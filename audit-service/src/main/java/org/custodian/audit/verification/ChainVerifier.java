package org.custodian.audit.verification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.custodian.audit.log.AuditLog;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;
    private final AuditLog log;

    ChainVerifier(DataSource dataSource, AuditLog log) {
        this.jdbc = new JdbcTemplate(dataSource);
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
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (BinaryCopyRows rows = BinaryCopyRows.start(connection.unwrap(PGConnection.class), StoredEntries.COPY)) {
                entries.acceptAll(rows);
            } catch (IOException e) {
                throw new UncheckedIOException("Reading the log to verify it failed", e);
            }
            return null;
        });
        return walk.end(log.head());
    }
}

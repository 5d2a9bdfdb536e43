package org.custodian.audit.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.custodian.audit.log.EntryContent;
import org.custodian.audit.log.EntryRows;
import org.custodian.audit.log.LogEntry;
import org.custodian.audit.personal.PersonalData;
import org.custodian.audit.personal.Revealer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams every entry a query matches. JSON Lines carry entries as stored and hashed (personal fields
 * sealed), for verification; CSV is for reading, with personal fields revealed or erased. It streams them one at a time: a server-side cursor (fetch size, inside one
 * read-only snapshot) feeds the response as it goes, so an export of any size needs constant memory.
 */
@Service
class EntryExport {

    private static final int FETCH_SIZE = 500;
    private static final int FLUSH_EVERY = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final PersonalData personalData;

    EntryExport(DataSource dataSource, PlatformTransactionManager transactions, PersonalData personalData) {
        this.personalData = personalData;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    void write(EntryQuery query, ExportFormat format, OutputStream out) {
        EntrySql sql = EntrySql.of(query, query.limit(), DatasetReach.of(query, JdbcClient.create(jdbc)));
        long[] written = {0};
        Revealer revealer = personalData.revealer();
        snapshot.executeWithoutResult(status -> {
            if (format == ExportFormat.CSV) {
                line(out, CsvLine.HEADER);
            }
            jdbc.query(sql.sql(), (RowCallbackHandler) rs -> {
                LogEntry entry = EntryRows.map(rs, 0);
                line(out, format == ExportFormat.CSV ? CsvLine.of(EntryFinder.revealed(revealer, entry)) : jsonLine(entry));
                if (++written[0] % FLUSH_EVERY == 0) {
                    flush(out);
                }
            }, sql.params());
        });
        flush(out);
    }

    /** The content object exactly as hashed, with the entry's two hashes: all a verifier needs. */
    static String jsonLine(LogEntry entry) {
        EntryContent content = entry.content();
        ObjectNode line = content.json();
        line.put("prev_hash", entry.prevHashHex());
        line.put("entry_hash", entry.entryHashHex());
        try {
            return JSON.writeValueAsString(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(OutputStream out, String line) {
        try {
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("The client went away during an export", e);
        }
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("The client went away during an export", e);
        }
    }
}

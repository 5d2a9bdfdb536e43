package org.custodian.audit.log;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for one {@code COPY ... FROM STDIN} (text format), sent in the caller's transaction: PostgreSQL
 * runs one statement for them all instead of one execution per row, which for the log's wide, indexed
 * rows is most of an INSERT batch's cost. Constraints, indexes and generated columns apply as for an
 * INSERT; a refused row fails the statement, and so all the rows, as a failed batched INSERT would.
 */
public final class CopyRows {

    private static final HexFormat HEX = HexFormat.of();

    private final StringBuilder out;
    private boolean rowStart = true;

    public CopyRows(int expectedChars) {
        this.out = new StringBuilder(expectedChars);
    }

    /** Text with COPY's backslash escapes for the backslash and the separators; {@code \N} for NULL. */
    public CopyRows text(String value) {
        if (value == null) {
            return raw("\\N");
        }
        separate();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return this;
    }

    public CopyRows number(long value) {
        separate();
        out.append(value);
        return this;
    }

    /** ISO 8601 in UTC, which timestamptz reads as is. */
    public CopyRows time(Instant value) {
        return raw(value == null ? "\\N" : value.toString());
    }

    /** bytea in hex form, its backslash escaped for COPY. */
    public CopyRows bytea(byte[] value) {
        return raw("\\\\x" + HEX.formatHex(value));
    }

    public CopyRows endRow() {
        out.append('\n');
        rowStart = true;
        return this;
    }

    /** Sends the rows: {@code copy} is {@code COPY table (columns) FROM STDIN}, the columns in the order written. */
    public long copyInto(JdbcTemplate jdbc, String copy) {
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        return jdbc.execute((ConnectionCallback<Long>) connection -> send(connection.unwrap(PGConnection.class), copy, text));
    }

    private static long send(PGConnection connection, String sql, byte[] text) throws SQLException {
        CopyIn copy = connection.getCopyAPI().copyIn(sql);
        try {
            copy.writeToCopy(text, 0, text.length);
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private CopyRows raw(String value) {
        separate();
        out.append(value);
        return this;
    }

    private void separate() {
        if (!rowStart) {
            out.append('\t');
        }
        rowStart = false;
    }
}

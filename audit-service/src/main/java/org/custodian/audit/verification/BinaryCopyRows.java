package org.custodian.audit.verification;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

/**
 * The rows of a {@code COPY (…) TO STDOUT (FORMAT binary)}, read field by field as PostgreSQL streams them.
 * Streaming lets the database produce rows while they are checked here, where a cursor would stop it at
 * every fetch; and the fields arrive as bytes, with nothing decoded that is not needed.
 */
final class BinaryCopyRows implements AutoCloseable {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final int BUFFER = 1 << 16;

    private final InputStream copy;
    private final DataInputStream in;

    private BinaryCopyRows(InputStream copy) {
        this.copy = copy;
        this.in = new DataInputStream(new BufferedInputStream(copy, BUFFER));
    }

    /** Starts {@code copySql} on the connection, which keeps its transaction and so its snapshot. */
    static BinaryCopyRows start(PGConnection connection, String copySql) throws SQLException, IOException {
        return of(new PGCopyInputStream(connection, copySql));
    }

    /** Reads a stream in the binary COPY format, from its header on. */
    static BinaryCopyRows of(InputStream stream) throws IOException {
        BinaryCopyRows rows = new BinaryCopyRows(stream);
        rows.header();
        return rows;
    }

    /** Moves to the next row, checking it has {@code fields} fields; false at the end of the data. */
    boolean next(int fields) throws IOException {
        short count = in.readShort();
        if (count == -1) {
            // read to the end, so that the COPY completes and the transaction can go on
            while (in.read() != -1) {
                continue;
            }
            return false;
        }
        if (count != fields) {
            throw new IOException("A row of " + count + " fields where " + fields + " were asked for");
        }
        return true;
    }

    /** The next field's bytes, or null for NULL. */
    byte[] bytes() throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        byte[] value = new byte[length];
        in.readFully(value);
        return value;
    }

    /** The next field as a {@code bigint} or {@code timestamptz} (its binary form is a bigint too). */
    long int8() throws IOException {
        fixedLength(Long.BYTES);
        return in.readLong();
    }

    /** The same, or null for NULL. */
    Long nullableInt8() throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        expect(Long.BYTES, length);
        return in.readLong();
    }

    int int4() throws IOException {
        fixedLength(Integer.BYTES);
        return in.readInt();
    }

    @Override
    public void close() throws IOException {
        // cancels the COPY if it was left before its end
        copy.close();
    }

    private void header() throws IOException {
        byte[] signature = new byte[SIGNATURE.length];
        in.readFully(signature);
        if (!Arrays.equals(signature, SIGNATURE)) {
            throw new IOException("Not PostgreSQL's binary COPY format");
        }
        in.readInt();
        in.skipNBytes(in.readInt());
    }

    private void fixedLength(int expected) throws IOException {
        expect(expected, in.readInt());
    }

    private static void expect(int expected, int length) throws IOException {
        if (length != expected) {
            throw new IOException("A field of " + length + " bytes where " + expected + " were expected");
        }
    }
}

package org.custodian.audit.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** PostgreSQL's binary COPY format as the verifier reads it: fields in order, NULLs, the end, and what it refuses. */
class BinaryCopyRowsTest {

    @Test
    void readsFieldsInOrderThenTheEnd() throws IOException {
        byte[] copy = copy(out -> {
            out.writeShort(4);
            field(out, 8).writeLong(42);
            field(out, 4).writeInt(7);
            out.writeInt(-1);
            field(out, 2).write("é".getBytes(StandardCharsets.UTF_8));
        }, 1);

        try (BinaryCopyRows rows = BinaryCopyRows.of(new ByteArrayInputStream(copy))) {
            assertThat(rows.next(4)).isTrue();
            assertThat(rows.int8()).isEqualTo(42);
            assertThat(rows.int4()).isEqualTo(7);
            assertThat(rows.nullableInt8()).isNull();
            assertThat(new String(rows.bytes(), StandardCharsets.UTF_8)).isEqualTo("é");
            assertThat(rows.next(4)).isFalse();
        }
    }

    @Test
    void refusesAnotherFormatARowOfOtherFieldsAndAFieldOfTheWrongSize() throws IOException {
        assertThatThrownBy(() -> BinaryCopyRows.of(new ByteArrayInputStream("seq\tevent_id\n".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOf(IOException.class);
        byte[] copy = copy(out -> {
            out.writeShort(2);
            field(out, 4).writeInt(1);
            field(out, 4).writeInt(2);
        }, 1);
        try (BinaryCopyRows rows = BinaryCopyRows.of(new ByteArrayInputStream(copy))) {
            assertThatThrownBy(() -> rows.next(3)).isInstanceOf(IOException.class).hasMessageContaining("2 fields");
        }
        try (BinaryCopyRows rows = BinaryCopyRows.of(new ByteArrayInputStream(copy))) {
            rows.next(2);
            assertThatThrownBy(rows::int8).isInstanceOf(IOException.class).hasMessageContaining("4 bytes");
        }
    }

    private interface Rows {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] copy(Rows rows, int times) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0});
        out.writeInt(0);
        out.writeInt(0);
        for (int i = 0; i < times; i++) {
            rows.write(out);
        }
        out.writeShort(-1);
        return bytes.toByteArray();
    }

    private static DataOutputStream field(DataOutputStream out, int length) throws IOException {
        out.writeInt(length);
        return out;
    }
}

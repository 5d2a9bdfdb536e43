package org.custodian.audit.log;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import org.erdtman.jcs.NumberToJSON;

/**
 * The RFC 8785 form of an entry's content, written from its columns and the canonical bytes of its
 * envelope. The members are fixed and so is their order, so no JSON tree is built: appending and
 * verifying both write the same bytes here. One instance is reused for many entries; not thread-safe.
 */
public final class CanonicalContent {

    private static final long EXACT_INTEGERS = 1L << 53;
    private static final byte[] ACTOR = asciiBytes("{\"actor\":");
    private static final byte[] ENVELOPE = asciiBytes(",\"envelope\":");
    private static final byte[] EVENT_ID = asciiBytes(",\"event_id\":");
    private static final byte[] OFFSET = asciiBytes(",\"offset\":");
    private static final byte[] PARTITION = asciiBytes(",\"partition\":");
    private static final byte[] RECEIVED_AT = asciiBytes(",\"received_at\":");
    private static final byte[] SEQ = asciiBytes(",\"seq\":");
    private static final byte[] SOURCE = asciiBytes(",\"source\":");
    private static final byte[] SUBJECT = asciiBytes(",\"subject\":");
    private static final byte[] TIME = asciiBytes(",\"time\":");
    private static final byte[] TOPIC = asciiBytes(",\"topic\":");
    private static final byte[] TYPE = asciiBytes(",\"type\":");
    private static final byte[] NULL = asciiBytes("null");
    private static final byte[] HEX = asciiBytes("0123456789abcdef");

    private byte[] buffer = new byte[4096];
    private int length;

    /** Writes one entry's content; {@code time} and {@code receivedAt} as {@code Instant#toString} gives them. */
    public CanonicalContent write(long seq, String eventId, String source, String type, String subject, String actor,
                                  String time, String topic, int partition, long offset, String receivedAt,
                                  byte[] canonicalEnvelope) {
        return write(seq, utf8(eventId), utf8(source), utf8(type), utf8(subject), utf8(actor), utf8(time), utf8(topic),
                partition, offset, utf8(receivedAt), canonicalEnvelope);
    }

    /**
     * The same, with every text as its UTF-8 bytes (as PostgreSQL sends them), {@code null} for null. A lone
     * surrogate in a Java string becomes {@code ?}, as {@code String#getBytes} writes it.
     */
    public CanonicalContent write(long seq, byte[] eventId, byte[] source, byte[] type, byte[] subject, byte[] actor,
                                  byte[] time, byte[] topic, int partition, long offset, byte[] receivedAt,
                                  byte[] canonicalEnvelope) {
        length = 0;
        raw(ACTOR);
        string(actor);
        raw(ENVELOPE);
        raw(canonicalEnvelope);
        raw(EVENT_ID);
        string(eventId);
        raw(OFFSET);
        number(offset);
        raw(PARTITION);
        number(partition);
        raw(RECEIVED_AT);
        string(receivedAt);
        raw(SEQ);
        number(seq);
        raw(SOURCE);
        string(source);
        raw(SUBJECT);
        string(subject);
        raw(TIME);
        string(time);
        raw(TOPIC);
        string(topic);
        raw(TYPE);
        string(type);
        raw((byte) '}');
        return this;
    }

    /** SHA-256(prevHash || the content last written), with a digest the caller reuses. */
    public byte[] chainHash(MessageDigest sha256, byte[] prevHash) {
        sha256.reset();
        sha256.update(prevHash);
        sha256.update(buffer, 0, length);
        return sha256.digest();
    }

    public byte[] bytes() {
        return Arrays.copyOf(buffer, length);
    }

    private void number(long value) {
        if (Math.abs(value) <= EXACT_INTEGERS) {
            ascii(Long.toString(value));
        } else {
            // RFC 8785 numbers are IEEE-754 doubles written as ECMAScript does
            try {
                ascii(NumberToJSON.serializeNumber((double) value));
            } catch (IOException finiteAlways) {
                throw new IllegalStateException(finiteAlways);
            }
        }
    }

    /** A JSON string of UTF-8 text: only ASCII needs escaping, every other byte is written as it is. */
    private void string(byte[] utf8) {
        if (utf8 == null) {
            raw(NULL);
            return;
        }
        ensure(utf8.length * 6 + 2);
        buffer[length++] = '"';
        for (byte b : utf8) {
            if (b >= 0) {
                ascii((char) b);
            } else {
                buffer[length++] = b;
            }
        }
        buffer[length++] = '"';
    }

    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    /** One ASCII character with RFC 8785 §3.2.2.2 escaping (capacity ensured by the caller). */
    private void ascii(char c) {
        switch (c) {
            case '\n' -> escape('n');
            case '\b' -> escape('b');
            case '\f' -> escape('f');
            case '\r' -> escape('r');
            case '\t' -> escape('t');
            case '"', '\\' -> escape(c);
            default -> {
                if (c < 0x20) {
                    escape('u');
                    buffer[length++] = '0';
                    buffer[length++] = '0';
                    buffer[length++] = HEX[c >> 4];
                    buffer[length++] = HEX[c & 15];
                } else {
                    buffer[length++] = (byte) c;
                }
            }
        }
    }

    private void escape(char c) {
        buffer[length++] = '\\';
        buffer[length++] = (byte) c;
    }

    private void ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[length++] = (byte) text.charAt(i);
        }
    }

    private void raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void raw(byte b) {
        ensure(1);
        buffer[length++] = b;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    private static byte[] asciiBytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

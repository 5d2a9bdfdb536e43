package org.custodian.support.problem;

import java.nio.charset.StandardCharsets;

/**
 * Finds a NUL character (U+0000) in JSON text, raw or written as the escape {@code \u0000}: PostgreSQL's text
 * and jsonb cannot hold one, so input holding it is refused where it enters, not when a projection or the
 * audit log later fails to store it. Reads one byte at a time, so a body is checked as it streams by; an
 * escaped backslash followed by {@code u0000} is text, not a NUL.
 */
public final class NulCharacters {

    private static final int TEXT = 0;
    private static final int ESCAPE = 1;
    private static final int UNICODE = 2;
    private static final int FOUND = UNICODE + 4;

    private int state = TEXT;

    /** Whether the JSON text holds a NUL. */
    public static boolean inJson(byte[] json) {
        NulCharacters scan = new NulCharacters();
        for (byte b : json) {
            if (scan.next(b & 0xff)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the JSON text holds a NUL. */
    public static boolean inJson(String json) {
        return inJson(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether plain text holds a NUL. */
    public static boolean in(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }

    /** Reads the next byte of UTF-8 JSON; true from the NUL on. */
    public boolean next(int b) {
        if (state == FOUND || b == 0) {
            state = FOUND;
        } else if (state == TEXT) {
            state = b == '\\' ? ESCAPE : TEXT;
        } else if (state == ESCAPE) {
            state = b == 'u' ? UNICODE : TEXT;
        } else if (b == '0') {
            state++;
        } else {
            state = TEXT;
            return next(b);
        }
        return state == FOUND;
    }
}

package org.custodian.audit.log;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.erdtman.jcs.NumberToJSON;

/**
 * RFC 8785 written straight from a Jackson tree, with the reference implementation's number
 * formatting: the same bytes {@code JsonCanonicalizer} gives for the tree's JSON text, without
 * writing that text and parsing it again, which dominated appending and verifying.
 */
final class Jcs {

    private Jcs() {
    }

    static byte[] bytes(JsonNode value) throws IOException {
        return text(value).getBytes(StandardCharsets.UTF_8);
    }

    static String text(JsonNode value) throws IOException {
        StringBuilder out = new StringBuilder(1024);
        write(value, out);
        return out.toString();
    }

    private static void write(JsonNode value, StringBuilder out) throws IOException {
        switch (value.getNodeType()) {
            case OBJECT -> object(value, out);
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < value.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(value.get(i), out);
                }
                out.append(']');
            }
            case STRING -> string(value.textValue(), out);
            case NUMBER -> out.append(NumberToJSON.serializeNumber(value.doubleValue()));
            case BOOLEAN -> out.append(value.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IOException("Not a JSON value: " + value.getNodeType());
        }
    }

    private static void object(JsonNode value, StringBuilder out) throws IOException {
        List<String> names = new ArrayList<>(value.size());
        for (Iterator<String> it = value.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        // String order is UTF-16 code unit order, which RFC 8785 §3.2.3 asks for.
        names.sort(null);
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(names.get(i), out);
            out.append(':');
            write(value.get(names.get(i)), out);
        }
        out.append('}');
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"', '\\' -> out.append('\\').append(c);
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

package org.custodian.audit.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

/** Content written from columns and stored envelope bytes is exactly the RFC 8785 form of the content object. */
class CanonicalContentTest {

    private static final String[] AWKWARD = {"plain", "é ö € 日本", "😀 \uD83D\uDE00", "tab\there\nnew \"q\" \\ \u0001\u001f\u007f",
        "\u2028\u2029", ""};

    @Test
    void everyColumnIsWrittenAsTheReferenceImplementationWritesIt() throws IOException {
        for (String text : AWKWARD) {
            EntryContent content = new EntryContent(9_007_199_254_740_993L, text, "/src " + text, "type" + text, text,
                    text, Instant.parse("2026-11-22T10:15:30.120Z"), "topic", 2, 123_456_789_012_345_678L,
                    Instant.parse("2026-11-22T10:15:31.123456Z"),
                    JsonNodeFactory.instance.objectNode().put("b", text).put("a", 1.50));
            byte[] reference = new JsonCanonicalizer(content.json().toString()).getEncodedUTF8();

            assertThat(new String(content.canonicalJson(), StandardCharsets.UTF_8)).as(text)
                    .isEqualTo(new String(reference, StandardCharsets.UTF_8));
        }
    }

    @Test
    void absentValuesAreNull() throws IOException {
        EntryContent content = new EntryContent(1, "e", "s", "t", null, null, null, "topic", 0, 0,
                Instant.parse("2026-11-22T10:15:31Z"), JsonNodeFactory.instance.objectNode());

        assertThat(content.canonicalJson()).isEqualTo(new JsonCanonicalizer(content.json().toString()).getEncodedUTF8());
    }

    @Test
    void textTheLogCannotStoreIsRefusedBeforeAppending() throws IOException {
        assertThatThrownBy(() -> CanonicalJson.storableText(TextNode.valueOf("a\u0000b")))
                .isInstanceOf(NotCanonicalJsonException.class).hasMessageContaining("U+0000");
        assertThatThrownBy(() -> CanonicalJson.storableText(JsonNodeFactory.instance.objectNode().put("\uD800", 1)))
                .isInstanceOf(NotCanonicalJsonException.class).hasMessageContaining("surrogate");
        assertThat(CanonicalJson.storableText(TextNode.valueOf("😀"))).isEqualTo("\"😀\"");
        assertThatThrownBy(() -> CanonicalJson.requireStorable(CanonicalJson.parse("{\"n\":[1e400]}")))
                .isInstanceOf(NotCanonicalJsonException.class).hasMessageContaining("RFC 8785");
        assertThatThrownBy(() -> CanonicalJson.requireStorable(JsonNodeFactory.instance.arrayNode().add("a\u0000")))
                .isInstanceOf(NotCanonicalJsonException.class);
    }
}

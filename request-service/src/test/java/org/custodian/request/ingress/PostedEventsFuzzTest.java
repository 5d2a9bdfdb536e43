package org.custodian.request.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.cloudevents.CloudEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;

/**
 * CloudEvents posted over HTTP in all three modes, as an integration (or anyone holding its token)
 * may send them: a post is read into events or refused as a whole with a 4xx; the events that pass
 * validation decode into their inbound type and carry only what the inbound ledger can store.
 * The last input byte picks the mode; in binary mode the input starts with {@code name: value}
 * header lines, ended by a backslash and one more character.
 */
class PostedEventsFuzzTest {

    @FuzzTest(maxDuration = "5s")
    @DictionaryEntries({"ce-specversion", "ce-id", "ce-source", "ce-type", "ce-subject", "ce-time", "content-type",
            "\"specversion\":\"1.0\"", "\"id\"", "\"source\"", "\"type\"", "\"data\"", "\"data_base64\"",
            "\"datacontenttype\":\"application/json\"", "org.custodian.integration.access.logged.v1",
            "org.custodian.integration.consent.withdrawn.v1", "org.custodian.integration.irb.expired.v1",
            "org.custodian.integration.researcher.offboarded.v1", "org.custodian.integration.dsa.signed.v1",
            "\\u0000", "urn:x"})
    void readsOrRefuses(FuzzedDataProvider data) {
        int mode = data.consumeInt(0, 2);
        MediaType contentType = mode == 1 ? PostedEvents.STRUCTURED : mode == 2 ? PostedEvents.BATCH : null;
        Map<String, String> headers = mode == 0 ? headers(data.consumeAsciiString(600)) : Map.of();
        byte[] body = data.consumeRemainingAsBytes();
        List<CloudEvent> events;
        try {
            events = PostedEvents.read(contentType, headers, body);
        } catch (IngressRefused refused) {
            assertThat(refused.status().is4xxClientError()).isTrue();
            return;
        }
        assertThat(events).isNotEmpty();
        List<ItemProblem> problems = InboundValidation.problems(events);
        if (problems.isEmpty() && InboundValidation.nulProblems(events).isEmpty()) {
            for (CloudEvent event : events) {
                // what InboundLedger and the broker key take: PostgreSQL text holds no NUL
                assertThat(event.getId() + event.getSource() + event.getType()).doesNotContain("\u0000");
            }
        }
    }

    private static Map<String, String> headers(String block) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : block.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(), line.substring(colon + 1).trim());
            }
        }
        return headers;
    }
}

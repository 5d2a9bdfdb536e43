package org.custodian.request.chatops.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Removes the requester of a blinded review from a whole chat payload: every text, however deep,
 * loses the requester's id, name and institution. A last line of defence: messages are built
 * without them in the first place.
 */
final class Blindfold {

    static final String BLINDED = "(blinded)";
    // Shorter strings would blank out unrelated words; the requester id is always scrubbed.
    private static final int SHORTEST_SCRUBBED = 3;
    // What Slack and Custodian find things by, never shown: a coincidental match must not break a button.
    private static final Set<String> STRUCTURAL = Set.of("action_id", "block_id", "value", "channel",
            "ts", "thread_ts", "type", "style");

    private final List<String> identifying;

    Blindfold(String requesterId, List<String> alsoIdentifying) {
        List<String> all = new ArrayList<>();
        all.add(requesterId);
        alsoIdentifying.stream().filter(Objects::nonNull).filter(text -> text.length() >= SHORTEST_SCRUBBED).forEach(all::add);
        // longest first, so an institution containing the name is removed whole
        all.sort((a, b) -> b.length() - a.length());
        this.identifying = List.copyOf(all);
    }

    ObjectNode apply(ObjectNode payload) {
        scrub(payload);
        return payload;
    }

    private void scrub(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = object.get(name);
                if (child.isTextual() && !STRUCTURAL.contains(name)) {
                    object.set(name, TextNode.valueOf(scrub(child.asText())));
                } else if (!child.isTextual()) {
                    scrub(child);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(scrub(array.get(i).asText())));
                } else {
                    scrub(array.get(i));
                }
            }
        }
    }

    private String scrub(String text) {
        String scrubbed = text;
        for (String identifier : identifying) {
            scrubbed = scrubbed.replace(identifier, BLINDED);
        }
        return scrubbed;
    }
}

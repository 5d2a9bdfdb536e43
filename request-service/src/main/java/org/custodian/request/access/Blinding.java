package org.custodian.request.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.custodian.contracts.EventType;

/**
 * A request's timeline as a reviewer of a blinded review may read it: no requester id, name or
 * institution in any actor or field (even inside a policy reason's message), and no other
 * reviewer's conflict statement, which by its nature describes the requester.
 */
final class Blinding {

    private static final String REQUESTER_FIELD = "researcher_id";
    private static final String CONFLICT = EventType.REVIEW_CONFLICT_DECLARED.suffix();
    private static final String BLINDED = "(blinded)";
    // Shorter strings would blank out unrelated words; the requester id is always scrubbed.
    private static final int SHORTEST_SCRUBBED = 3;

    private final ObjectMapper mapper;
    private final String requesterId;
    private final List<String> identifying;
    private final String viewerId;

    Blinding(ObjectMapper mapper, String requesterId, List<String> alsoIdentifying, String viewerId) {
        this.mapper = mapper;
        this.requesterId = requesterId;
        this.identifying = Stream.concat(Stream.of(requesterId), alsoIdentifying.stream()
                .filter(text -> text != null && text.length() >= SHORTEST_SCRUBBED)).toList();
        this.viewerId = viewerId;
    }

    List<RequestTimeline.Entry> apply(List<RequestTimeline.Entry> timeline) {
        return timeline.stream().map(this::blind).toList();
    }

    private RequestTimeline.Entry blind(RequestTimeline.Entry entry) {
        JsonNode data = strip(mapper.valueToTree(entry.data()));
        if (CONFLICT.equals(entry.event()) && !viewerId.equals(data.path("reviewer_id").asText())) {
            ((ObjectNode) data).remove("reason");
        }
        String actor = requesterId.equals(entry.actor()) ? null : entry.actor();
        return new RequestTimeline.Entry(entry.event(), entry.at(), actor, entry.eventId(), data);
    }

    private JsonNode strip(JsonNode node) {
        if (node.isTextual()) {
            return scrub(node.asText());
        }
        if (node instanceof ObjectNode object) {
            object.remove(REQUESTER_FIELD);
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> object.set(name, strip(object.get(name))));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, strip(array.get(i)));
            }
        }
        return node;
    }

    private JsonNode scrub(String text) {
        if (text.equals(requesterId)) {
            return NullNode.getInstance();
        }
        String scrubbed = text;
        for (String identifier : identifying) {
            scrubbed = scrubbed.replace(identifier, BLINDED);
        }
        return TextNode.valueOf(scrubbed);
    }
}

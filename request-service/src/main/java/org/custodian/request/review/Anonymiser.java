package org.custodian.request.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Removes people from what a reader of a blinded review is shown: named fields go, an exact id
 * becomes null, and an id, name or institution inside any text becomes "(blinded)".
 */
public final class Anonymiser {

    public static final String BLINDED = "(blinded)";
    // Shorter strings would blank out unrelated words; ids are always scrubbed.
    private static final int SHORTEST_SCRUBBED = 3;

    private final Set<String> fields;
    private final Set<String> ids;
    private final List<String> identifying;

    /** Hides {@code fields} wherever they occur, and {@code ids} and {@code alsoIdentifying} in every text. */
    public Anonymiser(Collection<String> fields, Collection<String> ids, Collection<String> alsoIdentifying) {
        this.fields = Set.copyOf(fields);
        this.ids = Set.copyOf(ids.stream().filter(Objects::nonNull).toList());
        this.identifying = Stream.concat(this.ids.stream(), alsoIdentifying.stream()
                        .filter(text -> text != null && text.length() >= SHORTEST_SCRUBBED))
                .sorted((a, b) -> b.length() - a.length()).toList();
    }

    /** The node without the hidden fields and people; changed in place. */
    public JsonNode strip(JsonNode node) {
        if (node.isTextual()) {
            return scrub(node.asText());
        }
        if (node instanceof ObjectNode object) {
            object.remove(fields);
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

    /** An actor shown as is, or null when it is one of the hidden people. */
    public String actor(String actor) {
        return actor != null && ids.contains(actor) ? null : actor;
    }

    private JsonNode scrub(String text) {
        if (ids.contains(text)) {
            return NullNode.getInstance();
        }
        String scrubbed = text;
        for (String identifier : identifying) {
            scrubbed = scrubbed.replace(identifier, BLINDED);
        }
        return TextNode.valueOf(scrubbed);
    }
}

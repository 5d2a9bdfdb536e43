package org.custodian.request.chatops.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Block Kit's building blocks, within Slack's length limits. */
final class BlockKit {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int SECTION_LIMIT = 2900;

    private BlockKit() {
    }

    static ArrayNode blocks() {
        return JSON.arrayNode();
    }

    static ObjectNode object() {
        return JSON.objectNode();
    }

    static ObjectNode message(String channel, String text, ArrayNode blocks) {
        ObjectNode message = JSON.objectNode();
        if (channel != null) {
            message.put("channel", channel);
        }
        message.put("text", text);
        message.set("blocks", blocks);
        return message;
    }

    static ObjectNode header(String text) {
        ObjectNode block = JSON.objectNode().put("type", "header");
        block.set("text", JSON.objectNode().put("type", "plain_text").put("text", limit(text, 150)));
        return block;
    }

    static ObjectNode section(String markdown) {
        ObjectNode block = JSON.objectNode().put("type", "section");
        block.set("text", markdown(markdown));
        return block;
    }

    static ObjectNode fields(List<String> texts) {
        ObjectNode block = JSON.objectNode().put("type", "section");
        ArrayNode fields = block.putArray("fields");
        texts.stream().limit(10).forEach(text -> fields.add(markdown(limit(text, 2000))));
        return block;
    }

    static ObjectNode context(String markdown) {
        ObjectNode block = JSON.objectNode().put("type", "context");
        block.putArray("elements").add(markdown(markdown));
        return block;
    }

    static ObjectNode actions(String blockId, List<ObjectNode> buttons) {
        ObjectNode block = JSON.objectNode().put("type", "actions").put("block_id", blockId);
        buttons.forEach(block.putArray("elements")::add);
        return block;
    }

    static ObjectNode button(String label, String actionId, String value, String style) {
        ObjectNode button = JSON.objectNode().put("type", "button").put("action_id", actionId).put("value", value);
        button.set("text", JSON.objectNode().put("type", "plain_text").put("text", label));
        if (style != null) {
            button.put("style", style);
        }
        return button;
    }

    static ObjectNode markdown(String text) {
        return JSON.objectNode().put("type", "mrkdwn").put("text", limit(text, SECTION_LIMIT));
    }

    static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

}

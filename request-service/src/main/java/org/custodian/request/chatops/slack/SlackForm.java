package org.custodian.request.chatops.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.HttpStatus;

/** Reads Slack's verified form bodies: a slash command's fields, or an interaction's {@code payload} JSON. */
final class SlackForm {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SlackForm() {
    }

    /** A slash command: who typed it, in which workspace, what, and where to answer. */
    record Command(String userId, String teamId, String command, String text, String responseUrl) {
    }

    /** A button click: who, in which workspace, which button on what, and where to answer. */
    record Click(String userId, String teamId, String actionId, String value, String responseUrl) {
    }

    static Command command(byte[] body) {
        Map<String, String> form = fields(body);
        return new Command(required(form, "user_id"), form.get("team_id"), required(form, "command"),
                form.getOrDefault("text", ""), required(form, "response_url"));
    }

    static Click click(byte[] body) {
        JsonNode payload;
        try {
            payload = JSON.readTree(required(fields(body), "payload"));
        } catch (IOException e) {
            throw malformed("payload is not JSON.");
        }
        if (payload == null || !"block_actions".equals(payload.path("type").asText())) {
            throw malformed("Only block_actions interactions are handled.");
        }
        JsonNode action = payload.path("actions").path(0);
        String teamId = payload.at("/team/id").asText(null);
        return new Click(text(payload.at("/user/id"), "user.id"), teamId == null ? null : withoutNul(teamId),
                text(action.path("action_id"), "actions[0].action_id"), text(action.path("value"), "actions[0].value"),
                text(payload.path("response_url"), "response_url"));
    }

    private static Map<String, String> fields(byte[] body) {
        Map<String, String> form = new HashMap<>();
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw malformed("The body is empty.");
        }
        for (String pair : text.split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw malformed("The body is not a form.");
            }
            if (form.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1))) != null) {
                throw malformed("A form field is repeated.");
            }
        }
        return form;
    }

    private static String decode(String part) {
        try {
            return withoutNul(URLDecoder.decode(part, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw malformed("The body is not a valid URL-encoded form.");
        }
    }

    /** What is read is kept in PostgreSQL, whose text cannot hold a NUL. */
    private static String withoutNul(String value) {
        if (value.indexOf('\u0000') >= 0) {
            throw malformed("The body holds a NUL character.");
        }
        return value;
    }

    private static String required(Map<String, String> form, String name) {
        String value = form.get(name);
        if (value == null || value.isBlank()) {
            throw malformed("The form field " + name + " is missing.");
        }
        return value;
    }

    private static String text(JsonNode node, String name) {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw malformed("The interaction has no " + name + ".");
        }
        return withoutNul(node.asText());
    }

    static RuleViolation malformed(String detail) {
        return new RuleViolation(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", detail);
    }
}

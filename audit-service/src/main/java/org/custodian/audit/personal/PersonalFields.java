package org.custodian.audit.personal;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which members of an event's {@code data} are personal, per Custodian event type (any version); the
 * person they belong to is the event's {@code data.researcher_id}. Documented in docs/hash-chain.md.
 */
final class PersonalFields {

    static final String PERSON = "researcher_id";

    private static final Pattern CUSTODIAN = Pattern.compile("^org\\.custodian\\.(.+)\\.v[0-9]+$");
    private static final Map<String, List<String>> BY_TYPE = Map.of(
            "researcher.registered", List.of("name", "email", "slack_user_id"),
            "researcher.credentials-changed", List.of("name", "email", "slack_user_id"));

    private PersonalFields() {
    }

    /** The personal members of events of this type; empty for every other type. */
    static List<String> of(String type) {
        Matcher matcher = CUSTODIAN.matcher(type);
        return matcher.matches() ? BY_TYPE.getOrDefault(matcher.group(1), List.of()) : List.of();
    }
}

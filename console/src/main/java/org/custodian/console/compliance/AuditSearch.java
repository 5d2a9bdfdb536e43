package org.custodian.console.compliance;

import java.util.LinkedHashMap;
import java.util.Map;

/** The filters of an audit search as the form sends them; blank ones are left out of the service call. */
record AuditSearch(String subject, String actor, String type, String from, String to, Long after) {

    static final int PAGE = 25;

    Map<String, Object> filters() {
        Map<String, Object> query = new LinkedHashMap<>();
        put(query, "subject", subject);
        put(query, "actor", actor);
        put(query, "type", type);
        put(query, "from", from);
        put(query, "to", to);
        return query;
    }

    Map<String, Object> page() {
        Map<String, Object> query = filters();
        query.put("limit", PAGE);
        if (after != null) {
            query.put("after", after);
        }
        return query;
    }

    /** The service's query string for these filters, {@code {subject}}-style templates for RestClient. */
    static String template(Map<String, Object> query) {
        StringBuilder uri = new StringBuilder("/api/audit/entries");
        char separator = '?';
        for (String name : query.keySet()) {
            uri.append(separator).append(name).append("={").append(name).append('}');
            separator = '&';
        }
        return uri.toString();
    }

    private static void put(Map<String, Object> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.put(name, value.strip());
        }
    }
}

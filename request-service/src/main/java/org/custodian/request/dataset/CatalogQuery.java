package org.custodian.request.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.MultiValueMap;

/**
 * A search of the catalog: every given filter must match (a DUO code among the permitted uses or
 * modifiers, an access mode, the home country, text in title or description), one page at a time
 * in id order, starting after {@code cursor}. A bad parameter is a 400 whose code names it.
 */
record CatalogQuery(List<String> duo, String accessMode, String country, String q, int limit, String cursor) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    private static final Set<String> PARAMETERS = Set.of("duo", "access_mode", "country", "q", "limit", "cursor");
    private static final Pattern DUO = Pattern.compile("DUO:[0-9]{7}");
    private static final Pattern ACCESS_MODE = Pattern.compile("download|secure_enclave|aggregate_api");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern DATASET_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern LIMIT = Pattern.compile("[0-9]{1,4}");

    static CatalogQuery of(MultiValueMap<String, String> parameters) {
        parameters.keySet().stream().filter(name -> !PARAMETERS.contains(name)).findFirst().ifPresent(name -> {
            throw new RuleViolation(HttpStatus.BAD_REQUEST, "UNKNOWN_PARAMETER", "Unknown query parameter '"
                    + shorten(name) + "'; accepted: duo, access_mode, country, q, limit, cursor.");
        });
        List<String> duo = parameters.getOrDefault("duo", List.of());
        if (duo.size() > 10 || !duo.stream().allMatch(code -> DUO.matcher(code).matches())) {
            throw invalid("duo", "at most 10 DUO codes such as DUO:0000006");
        }
        String limit = single(parameters, "limit", LIMIT, "a number from 1 to " + MAX_LIMIT);
        int size = limit == null ? DEFAULT_LIMIT : Integer.parseInt(limit);
        if (size < 1 || size > MAX_LIMIT) {
            throw invalid("limit", "a number from 1 to " + MAX_LIMIT);
        }
        String q = single(parameters, "q", null, "1 to 200 characters");
        // PostgreSQL text cannot hold a NUL, and no title has control characters to search for
        if (q != null && (q.isBlank() || q.length() > 200 || CONTROL.matcher(q).find())) {
            throw invalid("q", "1 to 200 characters, none of them control characters");
        }
        return new CatalogQuery(duo, single(parameters, "access_mode", ACCESS_MODE, "download, secure_enclave or aggregate_api"),
                single(parameters, "country", COUNTRY, "an ISO 3166 alpha-2 code such as DE"), q, size,
                single(parameters, "cursor", DATASET_ID, "the cursor of a previous page"));
    }

    /** The statement selecting one more than a page, so the caller knows whether another page follows. */
    JdbcClient.StatementSpec apply(JdbcClient jdbc, String select) {
        List<String> where = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (String code : duo) {
            where.add("(terms->'permitted_uses' @> jsonb_build_array(?::text) OR terms->'modifiers' @> jsonb_build_array(?::text))");
            values.add(code);
            values.add(code);
        }
        filter(where, values, "terms->'access_modes' @> jsonb_build_array(?::text)", accessMode);
        filter(where, values, "terms->>'home_country' = ?", country);
        if (q != null) {
            where.add("(strpos(lower(title), lower(?)) > 0 OR strpos(lower(coalesce(description, '')), lower(?)) > 0)");
            values.add(q);
            values.add(q);
        }
        filter(where, values, "id > ?", cursor);
        values.add(limit + 1);
        String sql = select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY id LIMIT ?";
        return jdbc.sql(sql).params(values);
    }

    private static void filter(List<String> where, List<Object> values, String condition, String value) {
        if (value != null) {
            where.add(condition);
            values.add(value);
        }
    }

    private static String single(MultiValueMap<String, String> parameters, String name, Pattern format, String expected) {
        List<String> given = parameters.getOrDefault(name, List.of());
        if (given.size() > 1 || given.size() == 1 && format != null && !format.matcher(given.get(0)).matches()) {
            throw invalid(name, expected);
        }
        return given.isEmpty() ? null : given.get(0);
    }

    private static RuleViolation invalid(String name, String expected) {
        return new RuleViolation(HttpStatus.BAD_REQUEST, "INVALID_" + name.toUpperCase(),
                "Query parameter '" + name + "' is not valid: expected " + expected + ", given once.");
    }

    private static String shorten(String name) {
        return name.length() > 40 ? name.substring(0, 40) + "…" : name;
    }
}

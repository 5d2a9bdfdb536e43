package org.custodian.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a service's list and the cursor of the next, read from its {@code Link: <…>; rel="next"} header;
 * {@code next} is null on the last page.
 */
public record Page(JsonNode items, String next) {

    /** How many items a console list shows at once. */
    public static final int SIZE = 25;

    private static final Pattern NEXT = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?next\"?");

    static Page of(JsonNode items, String link) {
        if (link == null) {
            return new Page(items, null);
        }
        Matcher matcher = NEXT.matcher(link);
        String cursor = matcher.find()
                ? UriComponentsBuilder.fromUriString(matcher.group(1)).build().getQueryParams().getFirst("cursor") : null;
        return new Page(items, cursor);
    }
}

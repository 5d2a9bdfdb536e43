package org.custodian.request.config;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One page of a list in id order, as the catalog pages: at most {@code limit} items after {@code cursor}
 * (the id of the last item of the previous page); a following page is linked in {@code Link: rel="next"}.
 */
public record Paging(int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    public static Paging of(Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new RuleViolation(HttpStatus.BAD_REQUEST, "INVALID_LIMIT",
                    "Query parameter 'limit' is not valid: expected a number from 1 to " + MAX_LIMIT + ".");
        }
        if (cursor != null && !CURSOR.matcher(cursor).matches()) {
            throw new RuleViolation(HttpStatus.BAD_REQUEST, "INVALID_CURSOR",
                    "Query parameter 'cursor' is not valid: expected the cursor of a previous page.");
        }
        return new Paging(size, cursor);
    }

    /** How many rows to fetch: one more than a page, to know whether another follows. */
    public int fetch() {
        return limit + 1;
    }

    /** The cursor as a lower bound on ids: the empty string (before every id) on the first page. */
    public String after() {
        return cursor == null ? "" : cursor;
    }

    /** The page of {@code fetched} (at most {@link #fetch()} items in id order), linking the next one if there is one. */
    public <T> ResponseEntity<List<T>> answer(List<T> fetched, Function<T, String> id) {
        if (fetched.size() <= limit) {
            return ResponseEntity.ok(fetched);
        }
        List<T> page = fetched.subList(0, limit);
        String next = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("cursor", id.apply(page.get(page.size() - 1))).build().toUriString();
        return ResponseEntity.ok().header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"").body(page);
    }
}

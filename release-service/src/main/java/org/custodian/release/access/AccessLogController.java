package org.custodian.release.access;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.custodian.release.release.ReleaseEndpoint;
import org.custodian.release.release.ReleaseNeed;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A release's access log, for whoever may see the release (ReleaseGuard): oldest first, a page at a time. */
@RestController
class AccessLogController {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    private final AccessLog log;

    AccessLogController(AccessLog log) {
        this.log = log;
    }

    @GetMapping("/api/releases/{id}/accesses")
    @ReleaseEndpoint(ReleaseNeed.READ)
    @Operation(summary = "The uses recorded for a release, allowed and violating, oldest first; paginated by limit and cursor "
            + "(Link: rel=next)")
    ResponseEntity<List<AccessLog.Entry>> accesses(@PathVariable String id,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new RuleViolation(HttpStatus.BAD_REQUEST, "INVALID_LIMIT",
                    "Query parameter 'limit' is not valid: expected a number from 1 to " + MAX_LIMIT + ".");
        }
        List<AccessLog.Entry> found = log.page(id, after(cursor), size + 1);
        if (found.size() <= size) {
            return ResponseEntity.ok(found);
        }
        List<AccessLog.Entry> page = found.subList(0, size);
        String next = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("cursor", page.get(size - 1).sequence()).build().toUriString();
        return ResponseEntity.ok().header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"").body(page);
    }

    private static long after(String cursor) {
        if (cursor == null) {
            return -1;
        }
        if (!cursor.matches("[0-9]{1,18}")) {
            throw new RuleViolation(HttpStatus.BAD_REQUEST, "INVALID_CURSOR",
                    "Query parameter 'cursor' is not valid: expected the cursor of a previous page.");
        }
        return Long.parseLong(cursor);
    }
}

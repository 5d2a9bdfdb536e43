package org.custodian.release.grant;

import io.swagger.v3.oas.annotations.Operation;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The status lists as signed tokens (IETF Token Status List, {@code statuslist+jwt}), public and
 * cacheable for a short while, so a data platform checks grants without calling per access.
 */
@RestController
class StatusListController {

    static final MediaType STATUS_LIST_JWT = MediaType.parseMediaType("application/statuslist+jwt");

    private final StatusLists lists;
    private final GrantSettings settings;

    StatusListController(StatusLists lists, GrantSettings settings) {
        this.lists = lists;
        this.settings = settings;
    }

    @GetMapping(StatusLists.PATH + "{n}")
    @Operation(summary = "Status list n as a statuslist+jwt: one bit per release, 1 once it is revoked, erased or expired")
    ResponseEntity<String> list(@PathVariable long n) {
        String token = lists.token(n).orElseThrow(() -> new RuleViolation(HttpStatus.NOT_FOUND, "UNKNOWN_STATUS_LIST",
                "There is no status list " + n + "."));
        return ResponseEntity.ok().contentType(STATUS_LIST_JWT)
                .cacheControl(CacheControl.maxAge(settings.statusListMaxAge()).cachePublic()).body(token);
    }
}

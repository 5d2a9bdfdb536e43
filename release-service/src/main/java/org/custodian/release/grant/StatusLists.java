package org.custodian.release.grant;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The published status lists: which list and entry hold a release, and each list as a signed token. */
@Component
class StatusLists {

    static final String PATH = "/api/status-lists/";

    private final StatusIndex index;
    private final GrantSigner signer;
    private final GrantSettings settings;
    private final Clock clock;

    StatusLists(StatusIndex index, GrantSigner signer, GrantSettings settings, Clock clock) {
        this.index = index;
        this.signer = signer;
        this.settings = settings;
        this.clock = clock;
    }

    Optional<StatusReference> referenceOf(String releaseId) {
        int size = settings.statusListSize();
        return index.of(releaseId).map(idx -> new StatusReference(idx % size, uri(idx / size)));
    }

    /** The token of list {@code n}; none for a list that holds no release yet. */
    Optional<String> token(long n) {
        long size = settings.statusListSize();
        if (n < 0 || n > Long.MAX_VALUE / size - 1 || !index.anyIn(n * size, (n + 1) * size)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String lst = StatusBits.lst(settings.statusListSize(),
                index.endedIn(n * size, (n + 1) * size, now).stream().map(idx -> (int) (idx - n * size)).toList());
        return Optional.of(signer.signStatusList(uri(n), lst, now, now.plus(settings.statusListValidity()),
                settings.statusListMaxAge().toSeconds()));
    }

    private String uri(long n) {
        String base = settings.publicBaseUri().isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : settings.publicBaseUri().replaceAll("/+$", "");
        return base + PATH + n;
    }
}

package org.custodian.release.grant;

import java.time.Instant;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.custodian.contracts.releases.ReleaseIssued;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Signs the grant of each release in the transaction that issues it, and keeps it for its readers. */
@Component
@ProcessingGroup("release-grants")
class GrantBook {

    private final JdbcClient jdbc;
    private final GrantSigner signer;

    GrantBook(JdbcClient jdbc, GrantSigner signer) {
        this.jdbc = jdbc;
        this.signer = signer;
    }

    @EventHandler
    void on(ReleaseIssued event, @Timestamp Instant at) {
        jdbc.sql("INSERT INTO release_grant (release_id, token) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(event.releaseId(), signer.sign(event, at)).update();
    }

    Optional<String> grantOf(String releaseId) {
        return jdbc.sql("SELECT token FROM release_grant WHERE release_id = ?").param(releaseId).query(String.class).optional();
    }
}

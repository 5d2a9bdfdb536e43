package org.custodian.release.release;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.custodian.contracts.releases.ErasureCertified;
import org.custodian.contracts.releases.ErasureDue;
import org.custodian.contracts.releases.ErasureOverdue;
import org.custodian.contracts.releases.ReleaseExpired;
import org.custodian.contracts.releases.ReleaseRevoked;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps the state and erasure columns of the release register in step with what happened to each release. */
@Component
@ProcessingGroup("release-register")
class ReleaseLifecycle {

    private final JdbcClient jdbc;

    ReleaseLifecycle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReleaseExpired event) {
        jdbc.sql("UPDATE releases SET state = ? WHERE id = ?").params(ReleaseState.EXPIRED.name(), event.releaseId()).update();
    }

    @EventHandler
    void on(ReleaseRevoked event) {
        jdbc.sql("UPDATE releases SET state = ?, revoked_at = ? WHERE id = ?")
                .params(ReleaseState.REVOKED.name(), java.sql.Timestamp.from(event.revokedAt()), event.releaseId()).update();
    }

    @EventHandler
    void on(ErasureDue event) {
        if (!event.reminder()) {
            erasure(event.releaseId(), ErasureStatus.DUE);
        }
    }

    @EventHandler
    void on(ErasureOverdue event) {
        erasure(event.releaseId(), ErasureStatus.OVERDUE);
    }

    @EventHandler
    void on(ErasureCertified event) {
        erasure(event.releaseId(), ErasureStatus.CERTIFIED);
    }

    private void erasure(String releaseId, ErasureStatus status) {
        jdbc.sql("UPDATE releases SET erasure = ? WHERE id = ?").params(status.name(), releaseId).update();
    }
}

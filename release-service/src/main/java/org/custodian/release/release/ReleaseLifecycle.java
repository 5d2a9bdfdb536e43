package org.custodian.release.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.releases.ErasureCertified;
import org.custodian.contracts.releases.ErasureDue;
import org.custodian.contracts.releases.ErasureOverdue;
import org.custodian.contracts.releases.ErasureRequestCertified;
import org.custodian.contracts.releases.ErasureRequested;
import org.custodian.contracts.releases.ReleaseEraseByShortened;
import org.custodian.contracts.releases.ReleaseExpired;
import org.custodian.contracts.releases.ReleaseFlagResolved;
import org.custodian.contracts.releases.ReleaseFlagged;
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
        jdbc.sql("UPDATE releases SET state = ?, revoked_at = ?, flagged_reason = NULL, flagged_at = NULL WHERE id = ?")
                .params(ReleaseState.REVOKED.name(), java.sql.Timestamp.from(event.revokedAt()), event.releaseId()).update();
    }

    @EventHandler
    void on(ReleaseEraseByShortened event) {
        jdbc.sql("""
                UPDATE releases SET erase_by = ?, expires_at = ?,
                    obligations = jsonb_set(obligations, '{erase_by}', to_jsonb(CAST(? AS text)))
                WHERE id = ?""")
                .params(event.eraseBy(), java.sql.Timestamp.from(ReleaseCalendar.expiresAt(event.eraseBy())),
                        event.eraseBy().toString(), event.releaseId())
                .update();
    }

    @EventHandler
    void on(ReleaseFlagged event) {
        jdbc.sql("UPDATE releases SET flagged_reason = ?, flagged_at = ? WHERE id = ?")
                .params(event.reason(), java.sql.Timestamp.from(event.flaggedAt()), event.releaseId()).update();
    }

    @EventHandler
    void on(ReleaseFlagResolved event) {
        jdbc.sql("UPDATE releases SET flagged_reason = NULL, flagged_at = NULL WHERE id = ?").param(event.releaseId()).update();
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

    @EventHandler
    void on(ErasureRequested event) throws JsonProcessingException {
        jdbc.sql("""
                INSERT INTO release_erasure_request (release_id, erasure_request_id, dataset_id, cohort, subject_refs, reason,
                    cause_event_id, requested_at) VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.releaseId(), event.erasureRequestId(), event.datasetId(), event.cohort(),
                        ContractJson.mapper().writeValueAsString(event.subjectRefs()), event.reason(), event.causeEventId(),
                        java.sql.Timestamp.from(event.requestedAt()))
                .update();
    }

    @EventHandler
    void on(ErasureRequestCertified event) {
        jdbc.sql("UPDATE release_erasure_request SET certified_at = ? WHERE release_id = ? AND erasure_request_id = ?")
                .params(java.sql.Timestamp.from(event.certifiedAt()), event.releaseId(), event.erasureRequestId()).update();
    }

    private void erasure(String releaseId, ErasureStatus status) {
        jdbc.sql("UPDATE releases SET erasure = ? WHERE id = ?").params(status.name(), releaseId).update();
    }
}

package org.custodian.policy.reevaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.policy.decision.SubmissionJudged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What each request asked for, when it was judged, and which are approved (with the erase-by date of their
 * release): the ones a change can affect, and the facts a re-evaluation keeps.
 */
@Component
public class LiveRequests {

    private static final Logger LOG = LoggerFactory.getLogger(LiveRequests.class);
    private static final String COLUMNS = "submission, judged_at, erase_by";

    private final JdbcClient jdbc;

    LiveRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A resubmission replaces what was asked for and its decision, and awaits approval again. */
    @EventListener
    void on(SubmissionJudged judged) {
        RequestSubmitted submitted = judged.submitted();
        jdbc.sql("""
                INSERT INTO live_request (request_id, submission, datasets, researcher_id, decision_id, judged_at)
                VALUES (?, ?::jsonb, ?, ?, ?, ?)
                ON CONFLICT (request_id) DO UPDATE
                SET submission = EXCLUDED.submission, datasets = EXCLUDED.datasets, researcher_id = EXCLUDED.researcher_id,
                    decision_id = EXCLUDED.decision_id, judged_at = EXCLUDED.judged_at, erase_by = NULL, approved = false""")
                .params(submitted.requestId(), json(submitted), submitted.datasets().toArray(String[]::new),
                        submitted.researcherId(), judged.decisionId(), Timestamp.from(judged.judgedAt()))
                .update();
    }

    /** Only the approval of the submission held here makes it live; the release's erase-by date comes with it. */
    @EventListener
    void on(RequestApproved approval) {
        LocalDate eraseBy = approval.obligations() == null ? null : approval.obligations().eraseBy();
        int updated = jdbc.sql("""
                UPDATE live_request SET approved = true, erase_by = ?
                WHERE request_id = ? AND (decision_id = ? OR decision_id IS NULL)""")
                .params(eraseBy, approval.requestId(), approval.decisionId()).update();
        if (updated == 0) {
            LOG.warn("Approval of request {} names decision {}, not the one on its latest submission; not judged again",
                    approval.requestId(), approval.decisionId());
        }
    }

    List<LiveRelease> approvedUsing(String datasetId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM live_request WHERE approved AND ? = ANY(datasets) ORDER BY request_id")
                .param(datasetId).query(ROW).list();
    }

    List<LiveRelease> approvedOf(String researcherId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM live_request WHERE approved AND researcher_id = ? ORDER BY request_id")
                .param(researcherId).query(ROW).list();
    }

    /** Every live release, for an impact report. */
    public List<LiveRelease> approved() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM live_request WHERE approved ORDER BY request_id").query(ROW).list();
    }

    /** The live releases whose latest decision (made or re-evaluated) names another policy revision. */
    List<LiveRelease> approvedJudgedUnderAnotherRevisionThan(String revision) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM live_request live
                WHERE approved AND (SELECT document ->> 'policy_revision' FROM decision
                                    WHERE decision.request_id = live.request_id
                                    ORDER BY evaluated_at DESC, decision_id DESC LIMIT 1) IS DISTINCT FROM ?
                ORDER BY request_id""")
                .param(revision).query(ROW).list();
    }

    private static final RowMapper<LiveRelease> ROW = (row, n) -> new LiveRelease(read(row.getString("submission")),
            row.getTimestamp("judged_at") == null ? null : row.getTimestamp("judged_at").toInstant(),
            row.getObject("erase_by", LocalDate.class));

    private static String json(RequestSubmitted submitted) {
        try {
            return ContractJson.mapper().writeValueAsString(submitted);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RequestSubmitted read(String json) {
        try {
            return ContractJson.mapper().readValue(json, RequestSubmitted.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable submission in live_request", e);
        }
    }
}

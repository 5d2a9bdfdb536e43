package org.custodian.request.manuscript;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each dataset's approval window for manuscripts; several datasets take the longest, the one that protects all of them. */
@Component
class ReviewWindows {

    private final JdbcClient jdbc;
    private final ManuscriptSettings settings;

    ReviewWindows(JdbcClient jdbc, ManuscriptSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    void set(String datasetId, int days, String steward, Instant at) {
        jdbc.sql("""
                INSERT INTO publication_review_window (dataset_id, window_days, changed_by, changed_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (dataset_id) DO UPDATE SET window_days = excluded.window_days,
                    changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .params(datasetId, days, steward, Timestamp.from(at)).update();
    }

    Optional<Integer> setFor(String datasetId) {
        return jdbc.sql("SELECT window_days FROM publication_review_window WHERE dataset_id = ?").param(datasetId)
                .query(Integer.class).optional();
    }

    int days(String datasetId) {
        return setFor(datasetId).orElse(settings.defaultReviewWindowDays());
    }

    int days(Collection<String> datasets) {
        return datasets.stream().mapToInt(this::days).max().orElse(settings.defaultReviewWindowDays());
    }
}

package org.custodian.request.chatops.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VoteWindowTest {

    private static final Instant OPENED = Instant.parse("2026-11-22T10:00:00Z");
    private final VoteWindow window = new VoteWindow(null, null, Map.of("ds-fast", Duration.ofDays(2),
            "ds-faster", Duration.ofHours(12)));

    @Test
    void theDefaultWindowIsSevenDaysWithAReminderADayBefore() {
        Instant due = window.dueAt(List.of("ds-other"), OPENED);
        assertThat(due).isEqualTo(OPENED.plus(Duration.ofDays(7)));
        assertThat(window.remindAt(OPENED, due)).isEqualTo(due.minus(Duration.ofDays(1)));
    }

    @Test
    void theShortestWindowOfTheRequestedDatasetsWins() {
        assertThat(window.dueAt(List.of("ds-other", "ds-fast"), OPENED)).isEqualTo(OPENED.plus(Duration.ofDays(2)));
        assertThat(window.dueAt(List.of("ds-faster", "ds-fast"), OPENED)).isEqualTo(OPENED.plus(Duration.ofHours(12)));
    }

    @Test
    void aShortWindowIsRemindedHalfwayRatherThanBeforeItOpened() {
        Instant due = window.dueAt(List.of("ds-faster"), OPENED);
        assertThat(window.remindAt(OPENED, due)).isEqualTo(OPENED.plus(Duration.ofHours(6)));
    }
}

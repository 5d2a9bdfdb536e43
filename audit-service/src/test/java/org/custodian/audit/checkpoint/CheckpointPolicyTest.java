package org.custodian.audit.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Every N entries or T seconds, whichever comes first; never for nothing. */
class CheckpointPolicyTest {

    private final CheckpointPolicy policy = new CheckpointPolicy(100, Duration.ofSeconds(30));
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void nEntriesMakeACheckpointDueAtOnce() {
        assertThat(policy.due(100, now, now)).isTrue();
        assertThat(policy.due(99, now, now)).isFalse();
    }

    @Test
    void anEntryWaitingTSecondsMakesACheckpointDue() {
        assertThat(policy.due(1, now.minusSeconds(30), now)).isTrue();
        assertThat(policy.due(1, now.minusSeconds(29), now)).isFalse();
    }

    @Test
    void nothingUncoveredIsNeverDue() {
        assertThat(policy.due(0, now.minusSeconds(3600), now)).isFalse();
    }
}

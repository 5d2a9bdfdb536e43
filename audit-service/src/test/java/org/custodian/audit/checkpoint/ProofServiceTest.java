package org.custodian.audit.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.custodian.support.problem.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Before the first checkpoint there is nothing to prove against: a 404 that says so, not an error. */
class ProofServiceTest {

    private final CheckpointStore checkpoints = mock(CheckpointStore.class);
    private final ProofService proofs = new ProofService(mock(TreeStore.class), checkpoints);

    @Test
    void withoutACheckpointEveryProofIsNotFound() {
        when(checkpoints.latest()).thenReturn(Optional.empty());

        assertThatThrownBy(proofs::latest).isInstanceOfSatisfying(RuleViolation.class, problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(problem.code()).isEqualTo("NO_CHECKPOINT");
        });
        assertThatThrownBy(() -> proofs.inclusion(1, null)).isInstanceOf(RuleViolation.class).hasMessageContaining("No checkpoint");
        assertThatThrownBy(() -> proofs.consistency(1, 1)).isInstanceOf(RuleViolation.class).hasMessageContaining("No checkpoint");
    }
}

package org.custodian.release.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReleaseIdTest {

    @Test
    void aRequestAlwaysMapsToTheSameRelease() {
        assertThat(ReleaseId.forRequest("req-1")).isEqualTo(ReleaseId.forRequest("req-1"));
    }

    @Test
    void differentRequestsMapToDifferentReleases() {
        assertThat(ReleaseId.forRequest("req-1")).isNotEqualTo(ReleaseId.forRequest("req-2"));
    }

    @Test
    void anythingElseIsNotAReleaseId() {
        assertThatThrownBy(() -> new ReleaseId("req-1")).isInstanceOf(IllegalArgumentException.class);
    }
}

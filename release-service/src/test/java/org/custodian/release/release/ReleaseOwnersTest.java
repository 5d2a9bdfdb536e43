package org.custodian.release.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.releases.ErasureCertified;
import org.custodian.contracts.releases.ErasureOverdue;
import org.custodian.contracts.releases.ErasureRequestCertified;
import org.custodian.contracts.releases.ErasureRequested;
import org.custodian.contracts.releases.ReleaseExpired;
import org.custodian.contracts.releases.ReleaseFlagResolved;
import org.custodian.contracts.releases.ReleaseFlagged;
import org.custodian.contracts.releases.ReleaseIssued;
import org.custodian.contracts.releases.ReleaseRevoked;
import org.custodian.testing.CommandProbe;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariant 11 for releases, property-style: random walks of everyone's acts (deadlines, stewards, the
 * researcher, consent withdrawals), and in every state a walk reaches, each thing still waiting has
 * someone who can end it: a live release expires on its deadline, a flag is a steward's to resolve
 * (or ends with a revocation),
 * data not yet certified erased is the researcher's to certify and escalates as overdue once, and each
 * open subject-erasure request is the researcher's to certify.
 */
class ReleaseOwnersTest {

    private static final String REQUEST = "req-00000000-0000-0000-0000-000000000007";
    private static final String RELEASE = ReleaseId.forRequest(REQUEST).value();
    private static final String RESEARCHER = "r-1";
    private static final LocalDate ERASE_BY = LocalDate.parse("2027-11-22");
    private static final Instant AT = Instant.parse("2027-05-04T09:00:00Z");
    private static final ReleaseIssued ISSUED = new ReleaseIssued(RELEASE, REQUEST, RESEARCHER, List.of("ds-trials"),
            ERASE_BY, new Obligations(ERASE_BY, "secure_enclave", "approval", List.of("hba1c"), false, false, null, false));
    private static final int STEPS = 12;

    static LongStream seeds() {
        return LongStream.range(0, 30);
    }

    @ParameterizedTest(name = "walk {0}")
    @MethodSource("seeds")
    void everyStateAWalkReachesHasSomeoneToMoveItOn(long seed) {
        Random random = new Random(seed);
        List<Object> history = new ArrayList<>(List.of(ISSUED));
        for (int step = 0; step < STEPS; step++) {
            assertEveryWaitHasAnOwner(history);
            CommandProbe.attempt(Release.class, history, anyAct(random, step)).ifPresent(history::addAll);
        }
        assertEveryWaitHasAnOwner(history);
    }

    private static void assertEveryWaitHasAnOwner(List<Object> history) {
        boolean live = history.stream().noneMatch(e -> e instanceof ReleaseExpired || e instanceof ReleaseRevoked);
        if (live) {
            assertRecords(history, new ExpireRelease(RELEASE, AT), ReleaseExpired.class);
        }
        if (flagPending(history)) {
            assertRecords(history, new ResolveFlag(RELEASE, false, "Keep it.", AT), ReleaseFlagResolved.class);
        }
        if (count(history, ErasureCertified.class) == 0) {
            assertRecords(history, certify(), ErasureCertified.class);
            if (count(history, ErasureOverdue.class) == 0) {
                assertRecords(history, new FlagErasureOverdue(RELEASE, AT), ErasureOverdue.class);
            }
        }
        history.stream().filter(ErasureRequested.class::isInstance).map(ErasureRequested.class::cast)
                .map(ErasureRequested::erasureRequestId)
                .filter(id -> history.stream().noneMatch(e -> e instanceof ErasureRequestCertified c
                        && c.erasureRequestId().equals(id)))
                .forEach(id -> assertRecords(history, new CertifyErasureRequest(RELEASE, RESEARCHER, id, "cohort",
                        "secure wipe", ERASE_BY, "Erased.", AT), ErasureRequestCertified.class));
    }

    private static void assertRecords(List<Object> history, Object command, Class<?> expected) {
        Optional<List<Object>> recorded = CommandProbe.attempt(Release.class, history, command);
        assertThat(recorded).as("%s refused after %s", command, names(history)).isPresent();
        assertThat(recorded.get()).as("%s after %s", command, names(history)).hasAtLeastOneElementOfType(expected);
    }

    private static Object anyAct(Random random, int step) {
        return switch (random.nextInt(9)) {
            case 0 -> new ExpireRelease(RELEASE, AT);
            case 1 -> new RevokeRelease(RELEASE, "Consent withdrawn.", AT);
            case 2 -> new FlagRelease(RELEASE, "deny", "evt-" + step, AT);
            case 3 -> new ResolveFlag(RELEASE, random.nextBoolean(), "Decided.", AT);
            case 4 -> new FlagErasureDue(RELEASE, random.nextBoolean());
            case 5 -> new FlagErasureOverdue(RELEASE, AT);
            case 6 -> certify();
            case 7 -> new RequestSubjectErasure(RELEASE, "era-" + step, "ds-trials", "cohort-a", List.of("subj-1"),
                    "Consent withdrawn.", "evt-" + step, AT);
            default -> new CertifyErasureRequest(RELEASE, RESEARCHER, "era-" + random.nextInt(step + 1), "cohort",
                    "secure wipe", ERASE_BY, "Erased.", AT);
        };
    }

    private static CertifyErasure certify() {
        return new CertifyErasure(RELEASE, RESEARCHER, "all copies", "secure wipe", ERASE_BY, "I erased every copy.", AT);
    }

    // A flag ends when a steward resolves it, or when the release is revoked anyway.
    private static boolean flagPending(List<Object> history) {
        boolean pending = false;
        for (Object event : history) {
            pending = event instanceof ReleaseFlagged
                    || pending && !(event instanceof ReleaseFlagResolved || event instanceof ReleaseRevoked);
        }
        return pending;
    }

    private static long count(List<Object> history, Class<?> type) {
        return history.stream().filter(type::isInstance).count();
    }

    private static List<String> names(List<Object> history) {
        return history.stream().map(event -> event.getClass().getSimpleName()).toList();
    }
}

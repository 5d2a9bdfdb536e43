package org.custodian.request.manuscript;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.custodian.contracts.requests.ManuscriptReviewed;
import org.custodian.contracts.requests.ManuscriptSubmitted;
import org.custodian.request.manuscript.ManuscriptCommands.DecideManuscriptAsSteward;
import org.custodian.request.manuscript.ManuscriptCommands.DeemApproved;
import org.custodian.request.manuscript.ManuscriptCommands.ReviewManuscript;
import org.custodian.request.manuscript.ManuscriptCommands.SubmitManuscript;
import org.custodian.testing.CommandProbe;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariant 11 for manuscripts: every manuscript submitted (each publication review, with and without
 * reviewers, with and without a moratorium) either needs nobody or has someone who can decide it now
 * (a reviewer, or a steward when there is none), and the approval window ends its wait in any case.
 */
class ManuscriptOwnersTest {

    private static final String ID = "ms-00000000-0000-0000-0000-000000000009";
    private static final LocalDate TODAY = LocalDate.parse("2027-03-01");
    private static final LocalDate DUE = TODAY.plusDays(30);

    static Stream<Arguments> manuscripts() {
        List<Arguments> all = new ArrayList<>();
        for (String review : List.of("none", "notify", "approval")) {
            for (List<String> reviewers : List.of(List.<String>of(), List.of("rev-a"), List.of("rev-a", "rev-b"))) {
                for (LocalDate moratorium : new LocalDate[] {null, TODAY.plusDays(10), DUE.plusDays(60)}) {
                    all.add(Arguments.of(review, reviewers, moratorium));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}, reviewers {1}, moratorium {2}")
    @MethodSource("manuscripts")
    void everyManuscriptIsDecidedOrHasSomeoneToDecideIt(String review, List<String> reviewers, LocalDate moratorium) {
        List<Object> history = CommandProbe.attempt(Manuscript.class, List.of(), new SubmitManuscript(ID,
                submitted(review, reviewers), moratorium)).orElseThrow();
        if (decided(history) || !"approval".equals(review)) {
            return;
        }
        Object now = reviewers.isEmpty()
                ? new DecideManuscriptAsSteward(ID, "sam-steward", ManuscriptVerdict.REQUIRE_CHANGES, "Fix table 2.", TODAY)
                : new ReviewManuscript(ID, reviewers.get(0), ManuscriptVerdict.REQUIRE_CHANGES, "Fix table 2.", TODAY);
        assertDecides(history, now);
        LocalDate afterWaiting = (moratorium == null || moratorium.isBefore(DUE) ? DUE : moratorium).plusDays(1);
        assertDecides(history, new DeemApproved(ID, afterWaiting));
    }

    private static void assertDecides(List<Object> history, Object command) {
        Optional<List<Object>> recorded = CommandProbe.attempt(Manuscript.class, history, command);
        assertThat(recorded).as("%s is refused", command).isPresent();
        assertThat(decided(recorded.get())).as("%s decides nothing", command).isTrue();
    }

    private static boolean decided(List<Object> events) {
        return events.stream().anyMatch(ManuscriptReviewed.class::isInstance);
    }

    private static ManuscriptSubmitted submitted(String review, List<String> reviewers) {
        return new ManuscriptSubmitted(ID, "rel-1", "req-1", "r-1", List.of("ds-trials"), "HbA1c and drug X",
                "We found...", "NEJM", "sha256:" + "a".repeat(64), review, "approval".equals(review) ? DUE : null,
                reviewers);
    }
}

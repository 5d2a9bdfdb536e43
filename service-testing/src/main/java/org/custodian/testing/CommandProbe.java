package org.custodian.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;

/**
 * Tries one command on an aggregate rebuilt from its events, for tests that walk its states: the events
 * the command records, or empty when the aggregate refuses it.
 */
public final class CommandProbe {

    private CommandProbe() {
    }

    public static <T> Optional<List<Object>> attempt(Class<T> aggregate, List<Object> history, Object command) {
        List<Object> recorded = new ArrayList<>();
        try {
            new AggregateTestFixture<>(aggregate).given(history).when(command)
                    .expectSuccessfulHandlerExecution().expectEventsMatching(new Recording(recorded));
        } catch (AssertionError refused) {
            return Optional.empty();
        }
        return Optional.of(recorded);
    }

    private static final class Recording extends BaseMatcher<List<EventMessage<?>>> {

        private final List<Object> recorded;

        Recording(List<Object> recorded) {
            this.recorded = recorded;
        }

        @Override
        public boolean matches(Object actual) {
            ((List<?>) actual).forEach(message -> recorded.add(((EventMessage<?>) message).getPayload()));
            return true;
        }

        @Override
        public void describeTo(Description description) {
            description.appendText("any events");
        }
    }
}

package org.custodian.support.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.custodian.support.tracing.TraceContext;
import org.custodian.support.tracing.TraceContextTest;
import org.junit.jupiter.api.Test;

class TraceOnDispatchTest {

    private final TraceContext trace = TraceContextTest.openTelemetry();
    private final TraceOnDispatch<CommandMessage<?>> interceptor = new TraceOnDispatch<>(() -> trace);

    @Test
    void aCommandSentWhileTracedCarriesTheTraceToTheEventsItCauses() {
        CommandMessage<?> sent = trace.within(TraceContextTest.SENT, "http", () -> dispatch(command()));

        assertThat(sent.getMetaData().get(TraceContext.TRACEPARENT).toString())
                .startsWith("00-" + TraceContextTest.TRACE_ID + "-");
    }

    @Test
    void aCommandThatAlreadyCarriesATraceKeepsIt() {
        CommandMessage<?> carried = command().andMetaData(Map.of(TraceContext.TRACEPARENT, TraceContextTest.SENT));

        CommandMessage<?> sent = trace.within("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "http",
                () -> dispatch(carried));

        assertThat(sent.getMetaData()).containsEntry(TraceContext.TRACEPARENT, TraceContextTest.SENT);
    }

    @Test
    void aCommandSentOutsideAnyTraceIsLeftAsItIs() {
        assertThat(dispatch(command()).getMetaData()).doesNotContainKey(TraceContext.TRACEPARENT);
    }

    private CommandMessage<?> dispatch(CommandMessage<?> command) {
        return interceptor.handle(List.of(command)).apply(0, command);
    }

    private static CommandMessage<?> command() {
        return GenericCommandMessage.asCommandMessage("certify erasure");
    }
}

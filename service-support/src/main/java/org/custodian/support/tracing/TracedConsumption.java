package org.custodian.support.tracing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.cloud.function.context.catalog.FunctionAroundWrapper;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

/** Every consumed record is handled in a span that continues the trace its producer sent with it. */
final class TracedConsumption extends FunctionAroundWrapper {

    private static final List<String> HEADERS = List.of(TraceContext.TRACEPARENT, "ce_traceparent", "ce-traceparent");

    private final TraceContext trace;

    TracedConsumption(TraceContext trace) {
        this.trace = trace;
    }

    @Override
    protected Object doApply(Object input, FunctionInvocationWrapper function) {
        if (!(input instanceof Message<?> message)) {
            return function.apply(input);
        }
        return trace.within(traceparent(message.getHeaders()), function.getFunctionDefinition(),
                () -> function.apply(input));
    }

    static String traceparent(MessageHeaders headers) {
        for (String name : HEADERS) {
            Object value = headers.get(name);
            if (value instanceof byte[] bytes) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
            if (value instanceof String text) {
                return text;
            }
        }
        return null;
    }
}

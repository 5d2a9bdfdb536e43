package org.custodian.support.events;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.custodian.support.tracing.TraceContext;

/**
 * Stamps a dispatched command or event with the trace in scope (an HTTP call, a consumed record), so the
 * events it causes, published later by the outbox on another thread, still belong to that trace.
 */
final class TraceOnDispatch<T extends Message<?>> implements MessageDispatchInterceptor<T> {

    private final Supplier<TraceContext> trace;

    TraceOnDispatch(Supplier<TraceContext> trace) {
        this.trace = trace;
    }

    @Override
    @SuppressWarnings("unchecked")
    public BiFunction<Integer, T, T> handle(List<? extends T> messages) {
        return (index, message) -> {
            if (message.getMetaData().containsKey(TraceContext.TRACEPARENT)) {
                return message;
            }
            String traceparent = trace.get().current();
            return traceparent == null ? message : (T) message.andMetaData(Map.of(TraceContext.TRACEPARENT, traceparent));
        };
    }
}

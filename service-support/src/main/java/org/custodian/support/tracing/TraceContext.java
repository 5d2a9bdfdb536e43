package org.custodian.support.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * W3C trace context across Custodian's hops. HTTP carries it by Spring's own observation; an event carries
 * it as {@code traceparent} (the CloudEvents distributed-tracing extension, and the plain Kafka header), and
 * inside an event-sourced service as metadata from command to the events it causes, so one request can be
 * followed from submission to release, across threads that run long after the HTTP call returned.
 */
public class TraceContext {

    public static final String TRACEPARENT = "traceparent";
    public static final TraceContext NONE = new TraceContext(Tracer.NOOP, Propagator.NOOP);

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceContext(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The {@code traceparent} of the span in scope, or null where nothing is traced. */
    public String current() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** Runs {@code work} in a span that continues {@code traceparent}; runs it as it is when there is none. */
    public void within(String traceparent, String name, Runnable work) {
        within(traceparent, name, () -> {
            work.run();
            return null;
        });
    }

    /** As {@link #within(String, String, Runnable)}, for work with a result. */
    public <T> T within(String traceparent, String name, Supplier<T> work) {
        if (traceparent == null || traceparent.isBlank()) {
            return work.get();
        }
        Span span = propagator.extract(Map.of(TRACEPARENT, traceparent), Map::get).name(name).start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            return work.get();
        } finally {
            span.end();
        }
    }
}

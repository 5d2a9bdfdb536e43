package org.custodian.support.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.MessageHeaders;

public class TraceContextTest {

    public static final String SENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    public static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    public static TraceContext openTelemetry() {
        io.opentelemetry.api.trace.Tracer otel = SdkTracerProvider.builder().build().get("test");
        ContextPropagators propagators = ContextPropagators.create(W3CTraceContextPropagator.getInstance());
        return new TraceContext(new OtelTracer(otel, new OtelCurrentTraceContext(), event -> { }),
                new OtelPropagator(propagators, otel));
    }

    private final TraceContext trace = openTelemetry();

    @Test
    void workContinuesTheTraceItWasSentInWithASpanOfItsOwn() {
        String inside = trace.within(SENT, "consume", trace::current);

        assertThat(inside).startsWith("00-" + TRACE_ID + "-").doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void outsideAnyWorkNothingIsTraced() {
        trace.within(SENT, "consume", () -> { });

        assertThat(trace.current()).isNull();
    }

    @Test
    void workWithoutATraceRunsAsItIs() {
        assertThat(trace.within(null, "consume", () -> "done")).isEqualTo("done");
        assertThat(trace.within(null, "consume", trace::current)).isNull();
    }

    @Test
    void withTracingDisabledNothingIsCarried() {
        assertThat(TraceContext.NONE.within(SENT, "consume", TraceContext.NONE::current)).isNull();
    }

    @Test
    void aRecordsTraceIsReadFromThePlainHeaderOrTheCloudEventsExtension() {
        assertThat(TracedConsumption.traceparent(new MessageHeaders(Map.of("traceparent",
                SENT.getBytes(StandardCharsets.UTF_8))))).isEqualTo(SENT);
        assertThat(TracedConsumption.traceparent(new MessageHeaders(Map.of("ce_traceparent", SENT)))).isEqualTo(SENT);
        assertThat(TracedConsumption.traceparent(new MessageHeaders(Map.of("ce_id", "x")))).isNull();
    }
}

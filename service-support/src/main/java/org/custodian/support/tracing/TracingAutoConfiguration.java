package org.custodian.support.tracing;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.cloud.function.context.catalog.FunctionAroundWrapper;
import org.springframework.context.annotation.Bean;

/**
 * The trace context every service carries (off where tracing is disabled, as in a service's own tests), and
 * the consumption wrapper that continues it; replaces Spring Cloud Function's wrapper, which starts a new trace.
 */
@AutoConfiguration(beforeName = "org.springframework.cloud.function.observability.ObservationAutoConfiguration",
        afterName = "org.springframework.boot.actuate.autoconfigure.tracing.MicrometerTracingAutoConfiguration")
public class TracingAutoConfiguration {

    @Bean
    TraceContext traceContext(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer available = tracer.getIfAvailable();
        Propagator propagation = propagator.getIfAvailable();
        return available == null || propagation == null ? TraceContext.NONE : new TraceContext(available, propagation);
    }

    @Bean
    @ConditionalOnClass(FunctionAroundWrapper.class)
    FunctionAroundWrapper tracedConsumption(TraceContext trace) {
        return new TracedConsumption(trace);
    }
}

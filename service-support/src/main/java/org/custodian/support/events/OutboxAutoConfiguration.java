package org.custodian.support.events;

import java.net.URI;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.custodian.support.tracing.TraceContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** For event-sourced services: the outbox processor, and the actor and trace carried from command to events. */
@AutoConfiguration(after = EventsAutoConfiguration.class)
@ConditionalOnClass(name = "org.axonframework.config.Configurer")
public class OutboxAutoConfiguration {

    @Bean
    GovernanceOutbox governanceOutbox(EventPublisher publisher, TraceContext trace,
                                      @Value("${custodian.events.source:/${spring.application.name}}") URI source) {
        return new GovernanceOutbox(publisher, source, trace);
    }

    @Bean
    ConfigurerModule governanceOutboxProcessing() {
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(GovernanceOutbox.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(GovernanceOutbox.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance());
    }

    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(GovernanceOutbox.ACTOR, GovernanceOutbox.ON_BEHALF_OF,
                TraceContext.TRACEPARENT);
    }

    @Bean
    ConfigurerModule traceOnDispatch(TraceContext trace) {
        return configurer -> configurer.onInitialize(configuration -> configuration.onStart(() -> {
            configuration.commandBus().registerDispatchInterceptor(new TraceOnDispatch<>(trace));
            configuration.eventBus().registerDispatchInterceptor(new TraceOnDispatch<>(trace));
        }));
    }
}

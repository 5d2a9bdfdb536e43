package org.custodian.support.events;

import java.net.URI;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.custodian.support.tracing.TraceContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
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

    /**
     * Stamps commands and events with the trace as their buses are created, so nothing is dispatched before
     * (a start-up phase of Axon's lifecycle could come after the first consumed record).
     */
    @Bean
    static BeanPostProcessor traceOnDispatch(ObjectProvider<TraceContext> trace) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof CommandBus commands) {
                    commands.registerDispatchInterceptor(new TraceOnDispatch<>(trace::getObject));
                }
                if (bean instanceof EventBus events) {
                    events.registerDispatchInterceptor(new TraceOnDispatch<>(trace::getObject));
                }
                return bean;
            }
        };
    }
}

package org.custodian.request.manuscript;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.custodian.contracts.requests.ManuscriptReviewed;
import org.custodian.contracts.requests.ManuscriptSubmitted;
import org.springframework.stereotype.Component;

/** Counts manuscripts submitted (by publication review) and reviews ended (by outcome) as they are recorded. */
@Component
@ProcessingGroup("manuscript-board")
class ManuscriptMetrics {

    private final MeterRegistry meters;

    ManuscriptMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventHandler
    void on(ManuscriptSubmitted event) {
        meters.counter("custodian.manuscripts.submitted", "review", event.review()).increment();
    }

    @EventHandler
    void on(ManuscriptReviewed event) {
        meters.counter("custodian.manuscripts.reviewed", "outcome", event.outcome().wireName()).increment();
    }
}

package org.custodian.request.access;

import java.util.Optional;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.request.chatops.ReviewBrief;
import org.custodian.request.chatops.ReviewBriefs;
import org.springframework.stereotype.Component;

/** Chat-ops' view of a request: what was asked and the latest decision, read from the request's events. */
@Component
class ChatBriefs implements ReviewBriefs {

    private final RequestTimeline timeline;

    ChatBriefs(RequestTimeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public Optional<ReviewBrief> find(String requestId) {
        RequestSubmitted submitted = null;
        Decision latest = null;
        for (RequestTimeline.Entry entry : timeline.of(requestId)) {
            if (entry.data() instanceof RequestSubmitted request) {
                submitted = request;
            } else if (entry.data() instanceof DecisionReceived received) {
                latest = received.decision();
            }
        }
        if (submitted == null) {
            return Optional.empty();
        }
        return Optional.of(new ReviewBrief(submitted.requestId(), submitted.researcherId(), submitted.datasets(),
                submitted.purpose(), submitted.fields(), submitted.durationDays(), submitted.processingCountry(),
                submitted.accessMode(), latest));
    }
}

package org.custodian.request.access;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.request.chatops.deadline.ReviewDeadlines;
import org.custodian.support.events.ActingCommands;
import org.springframework.stereotype.Component;

/** A passed vote deadline as a command on the request, acting as the system. */
@Component
class OverdueReviews implements ReviewDeadlines {

    private final CommandGateway commands;

    OverdueReviews(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public boolean markOverdue(String requestId) {
        Boolean marked = commands.sendAndWait(ActingCommands.by("system:review-deadlines", new MarkReviewOverdue(requestId)));
        return Boolean.TRUE.equals(marked);
    }
}

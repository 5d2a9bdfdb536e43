package org.custodian.release.release;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.custodian.support.events.ActingCommands;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Sends a command to a release on someone's behalf, and answers its refusals as problems with stable codes. */
@Service
public class ReleaseCommands {

    private final CommandGateway commands;

    ReleaseCommands(CommandGateway commands) {
        this.commands = commands;
    }

    public <R> R send(String actor, Object command) {
        return send(actor, null, command);
    }

    /** As {@link #send(String, Object)}, for an actor allowed to act for someone else. */
    public <R> R send(String actor, String onBehalfOf, Object command) {
        try {
            return commands.sendAndWait(ActingCommands.by(actor, onBehalfOf, command));
        } catch (AggregateNotFoundException e) {
            throw unknown(String.valueOf(e.getAggregateIdentifier()));
        } catch (ReleaseRuleBroken broken) {
            if (ReleaseRuleBroken.NOT_THE_RESEARCHER.equals(broken.code())) {
                throw new RuleViolation(HttpStatus.NOT_FOUND, "UNKNOWN_RELEASE", broken.getMessage());
            }
            if (ReleaseRuleBroken.UNKNOWN_ERASURE_REQUEST.equals(broken.code())) {
                throw new RuleViolation(HttpStatus.NOT_FOUND, broken.code(), broken.getMessage());
            }
            throw new RuleViolation(HttpStatus.CONFLICT, broken.code(), broken.getMessage());
        }
    }

    /** The answer for a release that does not exist, or that the caller may not see. */
    public static RuleViolation unknown(String releaseId) {
        return new RuleViolation(HttpStatus.NOT_FOUND, "UNKNOWN_RELEASE", "There is no release " + releaseId + ".");
    }
}

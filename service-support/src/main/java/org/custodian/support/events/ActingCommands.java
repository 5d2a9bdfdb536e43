package org.custodian.support.events;

import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;

/** Commands that carry who acted; the actor is copied onto every event they cause. */
public final class ActingCommands {

    private ActingCommands() {
    }

    public static CommandMessage<Object> by(String actor, Object command) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(Map.of(GovernanceOutbox.ACTOR, actor));
    }
}

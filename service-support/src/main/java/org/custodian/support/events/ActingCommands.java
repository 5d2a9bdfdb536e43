package org.custodian.support.events;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;

/** Commands that carry who acted; the actor is copied onto every event they cause. */
public final class ActingCommands {

    private ActingCommands() {
    }

    public static CommandMessage<Object> by(String actor, Object command) {
        return by(actor, null, command);
    }

    /** As {@link #by(String, Object)}, keeping beside the actor the subject it was allowed to act for (if any). */
    public static CommandMessage<Object> by(String actor, String onBehalfOf, Object command) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(metaData(actor, onBehalfOf));
    }

    /** The metadata naming who acted (and for whom), for a message sent without a command. */
    public static Map<String, Object> metaData(String actor, String onBehalfOf) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(GovernanceOutbox.ACTOR, actor);
        if (onBehalfOf != null) {
            metaData.put(GovernanceOutbox.ON_BEHALF_OF, onBehalfOf);
        }
        return metaData;
    }
}

package org.custodian.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A fact one service publishes for the others; its subject is the Kafka record key that orders it. */
public interface GovernanceEvent {

    @JsonIgnore
    String subject();
}

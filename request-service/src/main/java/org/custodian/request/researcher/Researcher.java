package org.custodian.request.researcher;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.custodian.request.researcher.CredentialCommands.ChangeCredentials;
import org.custodian.request.researcher.CredentialCommands.RecordDsaSignature;
import org.custodian.request.researcher.CredentialCommands.RecordIrbExpiry;
import org.custodian.request.researcher.CredentialCommands.RecordOffboarding;

/**
 * A researcher known to the organisation; the id is the subject of their bearer token. Every change
 * of credentials is an event, and a report that changes nothing records nothing.
 */
@Aggregate
class Researcher {

    @AggregateIdentifier
    private String researcherId;
    private Credentials credentials;
    private boolean forgotten;

    Researcher() {
    }

    @CommandHandler
    Researcher(RegisterResearcher command) {
        apply(command.profile());
    }

    @CommandHandler
    void handle(ChangeCredentials command) {
        change(command.credentials(), "credentials.edited");
    }

    @CommandHandler
    void handle(RecordIrbExpiry command) {
        change(credentials.withoutIrb(command.reference()), "irb.expired");
    }

    @CommandHandler
    void handle(RecordDsaSignature command) {
        change(credentials.withDsa(command.signature()), "dsa.signed");
    }

    @CommandHandler
    void handle(RecordOffboarding command) {
        if (command.institution().equals(credentials.institution())) {
            change(credentials.offboarded(), "researcher.offboarded");
        }
    }

    /** Once: a repeated erasure changes nothing. */
    @CommandHandler
    void handle(ForgetPersonalData command) {
        if (!forgotten) {
            apply(new PersonalDataForgotten(researcherId, command.erasureEventId()));
        }
    }

    /** After an erasure no change brings a chat id back, not even one kept in the credentials it edits. */
    private void change(Credentials next, String reason) {
        Credentials kept = forgotten ? next.withoutSlackUser() : next;
        if (!kept.equals(credentials)) {
            apply(kept.changed(researcherId, reason));
        }
    }

    @EventSourcingHandler
    void on(ResearcherRegistered event) {
        researcherId = event.researcherId();
        credentials = Credentials.of(event);
    }

    @EventSourcingHandler
    void on(ResearcherCredentialsChanged event) {
        credentials = Credentials.of(event);
    }

    @EventSourcingHandler
    void on(PersonalDataForgotten event) {
        forgotten = true;
        credentials = credentials.withoutSlackUser();
    }
}

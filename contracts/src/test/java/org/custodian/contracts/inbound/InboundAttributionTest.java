package org.custodian.contracts.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import org.custodian.contracts.GovernanceCloudEvents;
import org.junit.jupiter.api.Test;

class InboundAttributionTest {

    private static final CloudEvent PRODUCED = CloudEventBuilder.v1().withId("1").withSource(URI.create("/enclave/eu-1"))
            .withType(InboundType.DSA_SIGNED.cloudEventType()).build();

    @Test
    void anEventProducedStraightToTheTopicIsCreditedToItsSourceAndItsActorIsOnlyAClaim() {
        CloudEvent claiming = CloudEventBuilder.v1(PRODUCED).withExtension(GovernanceCloudEvents.ACTOR_EXTENSION, "sam").build();

        assertThat(InboundEvent.actorOf(claiming)).isEqualTo("/enclave/eu-1");
        assertThat(InboundEvent.claimOf(claiming)).isEqualTo("sam");
        assertThat(InboundEvent.claimOf(PRODUCED)).isNull();
    }

    @Test
    void anEventTheDoorVerifiedIsCreditedToTheAuthenticatedActorWithTheClaimItAllowed() {
        CloudEvent verified = CloudEventBuilder.v1(PRODUCED)
                .withExtension(GovernanceCloudEvents.ACTOR_EXTENSION, "enclave-eu")
                .withExtension(GovernanceCloudEvents.ON_BEHALF_OF_EXTENSION, "sam")
                .withExtension(GovernanceCloudEvents.ACTOR_VERIFIED_BY_EXTENSION, "/request-service").build();

        assertThat(InboundEvent.actorOf(verified)).isEqualTo("enclave-eu");
        assertThat(InboundEvent.claimOf(verified)).isEqualTo("sam");
    }

    @Test
    void aProducerCannotNameItselfAsItsOwnClaim() {
        CloudEvent self = CloudEventBuilder.v1(PRODUCED).withExtension(GovernanceCloudEvents.ACTOR_EXTENSION, "/enclave/eu-1").build();

        assertThat(InboundEvent.claimOf(self)).isNull();
    }
}

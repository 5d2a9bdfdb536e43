package org.custodian.policy.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.contracts.EventMetadata;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.policy.PolicyServiceIntegration;
import org.custodian.testing.KafkaProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;

/** A decision belongs to the trace of the submission it judges (W3C trace context through Kafka and Axon). */
@AutoConfigureObservability(metrics = false)
class DecisionTraceIT extends PolicyServiceIntegration {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void theDecisionCarriesTheTraceOfTheSubmission() {
        String dataset = unique("ds");
        String researcher = unique("r");
        registerDataset(dataset, healthTerms());
        registerResearcher(vettedResearcher(researcher));
        judgeTraced(dataset, researcher);
    }

    @Test
    void aSubmissionThatWaitedForTheCatalogIsStillJudgedInItsTrace() throws InterruptedException {
        String dataset = unique("ds");
        String researcher = unique("r");
        registerDataset(dataset, healthTerms());
        new Thread(() -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            registerResearcher(vettedResearcher(researcher));
        }).start();
        judgeTraced(dataset, researcher);
    }

    private void judgeTraced(String dataset, String researcher) {
        String requestId = unique("req");
        EventMetadata metadata = new EventMetadata(unique("evt"), URI.create("/request-service"),
                SUBMITTED_AT.atOffset(ZoneOffset.UTC), "sam-steward");
        CloudEvent submitted = CloudEventBuilder.v1(GovernanceCloudEvents.encode(
                        request(requestId, researcher, dataset, DS), metadata))
                .withExtension("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01").build();

        kafka.send(Topic.REQUESTS.topicName(), requestId, submitted);

        ConsumerRecord<byte[], byte[]> decision = kafka.await(KafkaProbe.ofType(EventType.DECISION_MADE, requestId), PATIENCE);
        assertThat(KafkaProbe.header(decision, "ce_traceparent")).startsWith("00-" + TRACE_ID + "-");
        assertThat(KafkaProbe.header(decision, "traceparent")).startsWith("00-" + TRACE_ID + "-");
    }
}

package org.custodian.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.custodian.testing.HttpApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One request followed across the services by its W3C trace: the trace the researcher's call came in with is
 * the trace of every event it causes, in every service, and of the log lines written while handling them.
 */
class TraceContextIT {

    private static final String DATASET = "ds-traced";
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    private static PlatformUnderTest platform;
    private static String researcher;

    @BeforeAll
    static void registerCatalog() {
        platform = PlatformUnderTest.get();
        researcher = platform.token("r-traced", "researcher");
        platform.registerDataset(DATASET, "auto", List.of("DUO:0000006"));
        platform.registerResearcher("r-traced", "inst-1");
    }

    @Test
    void everyEventARequestCausesCarriesTheTraceItWasSubmittedIn() {
        HttpApi.Response submitted = platform.requests.post("/api/requests", researcher, HttpApi.json(Map.of(
                "datasets", List.of(DATASET), "purpose", PlatformUnderTest.diabetesResearch(),
                "fields", List.of("age_band", "hba1c"), "duration_days", 365, "processing_country", "DE",
                "access_mode", "secure_enclave")), Map.of("traceparent", TRACEPARENT));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);

        Set<String> traced = typesTraced(Set.of("org.custodian.request.submitted.v1", "org.custodian.decision.made.v1",
                "org.custodian.request.approved.v1", "org.custodian.release.issued.v1"));

        assertThat(traced).contains("org.custodian.request.submitted.v1", "org.custodian.decision.made.v1",
                "org.custodian.request.approved.v1", "org.custodian.release.issued.v1");
        assertThat(servicesThatLogged(TRACE_ID)).contains("request-service", "policy-service", "release-service");
    }

    /** The event types seen on the topics with the trace, both as the CloudEvents extension and the W3C header. */
    private static Set<String> typesTraced(Set<String> wanted) {
        Set<String> traced = ConcurrentHashMap.newKeySet();
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "trace-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("custodian.requests.v1", "custodian.decisions.v1", "custodian.releases.v1"));
            await().atMost(PlatformUnderTest.ASYNC).until(() -> {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (carries(record, "ce_traceparent") && carries(record, "traceparent")) {
                        traced.add(header(record, "ce_type"));
                    }
                }
                return traced.containsAll(wanted);
            });
        }
        return traced;
    }

    private static boolean carries(ConsumerRecord<byte[], byte[]> record, String name) {
        String value = header(record, name);
        return value != null && value.startsWith("00-" + TRACE_ID + "-");
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<String> servicesThatLogged(String traceId) {
        Path logs = platform.platform.layout().logs();
        try (Stream<Path> files = Files.list(logs)) {
            return files.filter(file -> contains(file, traceId))
                    .map(file -> file.getFileName().toString().replaceAll("\\.log$", "")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(Path file, String text) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.anyMatch(line -> line.contains(text));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}

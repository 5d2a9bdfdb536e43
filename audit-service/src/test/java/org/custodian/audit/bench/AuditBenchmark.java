package org.custodian.audit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.custodian.audit.AuditServiceApplication;
import org.custodian.audit.checkpoint.Checkpointer;
import org.custodian.audit.log.AuditLog;
import org.custodian.audit.log.NewEntry;
import org.custodian.testing.EmbeddedInfrastructure;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code infra/bench audit}: audit-service on embedded PostgreSQL and Kafka, in one run: appends
 * through the log (chain, Merkle leaves, signed checkpoints every 1,000 entries), one transaction per
 * event and in batches of 500, and end to end from Kafka (published to the embedded broker, consumed
 * in batch mode), against plain batched INSERTs of the same rows into the same database;
 * verification of the whole chain; then
 * filtered queries on a log filled to {@code query-entries}. Last line: JSON.
 * Arguments: [entries (20000)] [query-entries (1000000, 0 to skip)].
 */
public final class AuditBenchmark {

    private static final String TOKEN = TestTokens.token("bench", "compliance");
    private static final int ROUNDS = 5;
    private static final int VERIFY_RUNS = 5;

    private AuditBenchmark() {
    }

    public static void main(String[] args) {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        long queryEntries = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AuditServiceApplication.class)
                .initializers(new EmbeddedInfrastructure())
                .properties("server.port=0", "custodian.data-dir=target/bench-data", "custodian.database=audit_bench",
                        "custodian.audit.checkpoint.every-entries=1000", "custodian.audit.checkpoint.poll=100ms",
                        "logging.level.root=WARN")
                .run();
        int exit = 0;
        try {
            new Run(context, entries, queryEntries).go();
        } catch (RuntimeException e) {
            e.printStackTrace();
            exit = 1;
        }
        context.close();
        System.exit(exit);
    }

    private static final class Run {
        private final AuditLog log;
        private final MeterRegistry meters;
        private final Checkpointer checkpointer;
        private final JdbcTemplate jdbc;
        private final RawInserts raw;
        private final HttpApi api;
        private final int entries;
        private final long queryEntries;
        private final String run = UUID.randomUUID().toString().substring(0, 8);

        Run(ConfigurableApplicationContext context, int entries, long queryEntries) {
            this.log = context.getBean(AuditLog.class);
            this.meters = context.getBean(MeterRegistry.class);
            this.checkpointer = context.getBean(Checkpointer.class);
            this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            this.raw = new RawInserts(jdbc, new TransactionTemplate(context.getBean(PlatformTransactionManager.class)));
            this.api = new HttpApi("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
            this.entries = entries;
            this.queryEntries = queryEntries;
        }

        void go() {
            int warmUp = Math.min(2_000, entries / 5);
            raw.insert(events(0, warmUp));
            append(events(0, warmUp));
            List<NewEntry> logEvents = events(2_000_000, entries);
            double appendPerS = perSecond(entries, () -> {
                append(logEvents);
                checkpointer.checkpointNow();
            });
            KafkaLoad kafka = new KafkaLoad(() -> log.head().seq());
            kafka.publishAndAwait(run, 4_000_000, warmUp);
            // Raw, batched and Kafka-to-log in alternating rounds, so that the load of a shared machine
            // changing during the run weighs on the three alike.
            long[] nanos = new long[3];
            int round = entries / ROUNDS;
            for (int r = 0; r < ROUNDS; r++) {
                List<NewEntry> rawEvents = events(1_000_000 + (long) r * round, round);
                List<NewEntry> batchEvents = events(3_000_000 + (long) r * round, round);
                long from = 5_000_000 + (long) r * round;
                nanos[0] += nanos(() -> raw.insert(rawEvents));
                nanos[1] += nanos(() -> {
                    for (int i = 0; i < round; i += RawInserts.BATCH) {
                        log.appendAll(batchEvents.subList(i, Math.min(round, i + RawInserts.BATCH)));
                    }
                    checkpointer.checkpointNow();
                });
                long kafkaNanos = nanos(() -> kafka.publishAndAwait(run, from, round));
                nanos[2] += kafkaNanos;
                System.out.printf(Locale.ROOT, "round %d: Kafka to log %.0f/s%n", r + 1, round / (kafkaNanos / 1e9));
            }
            kafka.close();
            double rawPerS = round * ROUNDS / (nanos[0] / 1e9);
            double batchPerS = round * ROUNDS / (nanos[1] / 1e9);
            double kafkaPerS = round * ROUNDS / (nanos[2] / 1e9);
            long total = jdbc.queryForObject("SELECT count(*) FROM audit_entry", Long.class);
            double verifyPerS = verifyPerSecond(total);
            System.out.printf(Locale.ROOT, "appends: %d entries, %.0f/s one per transaction, %.0f/s in batches, %.0f/s"
                    + " Kafka to log (%.0f records per consumed batch on average); raw batched INSERTs (batch %d): %.0f/s;"
                    + " verify: %d entries, %.0f/s%n", entries, appendPerS, batchPerS, kafkaPerS, consumedBatchSize(),
                    RawInserts.BATCH, rawPerS, total, verifyPerS);
            String queries = queryEntries > 0 ? queries() : "";
            System.out.printf(Locale.ROOT, "{\"append_per_s\": %.0f, \"raw_insert_per_s\": %.0f, \"ratio\": %.3f,"
                    + " \"append_batch_per_s\": %.0f, \"ratio_batch\": %.3f, \"kafka_to_log_per_s\": %.0f,"
                    + " \"ratio_kafka\": %.3f, \"verify_per_s\": %.0f, \"entries\": %d%s}%n",
                    appendPerS, rawPerS, appendPerS / rawPerS, batchPerS, batchPerS / rawPerS, kafkaPerS, kafkaPerS / rawPerS,
                    verifyPerS, entries, queries);
        }

        private double consumedBatchSize() {
            DistributionSummary batches = meters.find("custodian.audit.ingestion.batch").summary();
            Timer read = meters.find("custodian.audit.ingestion.read").timer();
            Timer append = meters.find("custodian.audit.ingestion.append").timer();
            System.out.printf(Locale.ROOT, "consumed batches: %d, reading %.1f ms and appending %.1f ms on average%n",
                    batches.count(), read.mean(TimeUnit.MILLISECONDS), append.mean(TimeUnit.MILLISECONDS));
            return batches.mean();
        }

        /** Checkpoints come from the schedule (every 100 ms, due every 1,000 entries), beside the appender. */
        private void append(List<NewEntry> events) {
            events.forEach(log::append);
        }

        /**
         * The median of four verifications after a first one, which warms the JIT: an auditor verifies logs
         * far longer than this one, where the warm-up is lost in the whole.
         */
        private double verifyPerSecond(long total) {
            double[] runs = new double[VERIFY_RUNS];
            for (int i = 0; i < runs.length; i++) {
                runs[i] = perSecond(total, this::verify);
            }
            System.out.printf(Locale.ROOT, "verify runs (entries/s): %s%n", Arrays.stream(runs)
                    .mapToObj(run -> String.format(Locale.ROOT, "%.0f", run)).collect(Collectors.joining(" ")));
            double[] warm = Arrays.copyOfRange(runs, 1, runs.length);
            Arrays.sort(warm);
            return (warm[warm.length / 2 - 1] + warm[warm.length / 2]) / 2;
        }

        private void verify() {
            HttpApi.Response response = api.get("/api/audit/verify", TOKEN);
            JsonNode verdict = response.json();
            if (response.status() != 200 || !verdict.path("valid").asBoolean()) {
                throw new IllegalStateException("The log does not verify: " + response.raw());
            }
        }

        /** p50 and p99 of filtered JSON pages (100 entries) over HTTP, on a log of queryEntries entries. */
        private String queries() {
            long start = System.nanoTime();
            QueryLoad.fillTo(jdbc, queryEntries);
            System.out.printf(Locale.ROOT, "filled the log to %d entries in %.0f s%n", queryEntries, (System.nanoTime() - start) / 1e9);
            explain("dataset", "SELECT seq FROM audit_entry WHERE seq > 0 AND seq >= least((SELECT min(first_seq)"
                    + " FROM audit_dataset_subject WHERE dataset_id = 'ds-7'), (SELECT seq FROM audit_entry f"
                    + " WHERE f.subject = 'ds-7' ORDER BY seq LIMIT 1)) AND (subject = 'ds-7' OR subject IN"
                    + " (SELECT subject FROM audit_dataset_subject WHERE dataset_id = 'ds-7')) ORDER BY seq LIMIT 101");
            StringBuilder json = new StringBuilder(", \"query_entries\": " + queryEntries);
            json.append(latencies("subject", i -> "subject=gen-req-" + (i * 7919 % 100_000) + "&limit=100"));
            json.append(latencies("type", i -> "type=request.approved&limit=100&after=" + (i * 7919 % queryEntries)));
            json.append(latencies("researcher", i -> "researcher=r-" + (i * 31 % 5000) + "&limit=100"));
            json.append(latencies("dataset", i -> "dataset=ds-" + (i % 50) + "&limit=100"));
            json.append(latencies("actor_window", i -> "actor=r-" + (i * 31 % 5000)
                    + "&from=2026-01-01&to=2026-12-31&limit=100"));
            return json.toString();
        }

        /** The plan of a filter's SQL (the shape EntrySql gives it), for docs/benchmarks.md. */
        private void explain(String name, String sql) {
            System.out.println("plan of the " + name + " filter:");
            jdbc.queryForList("EXPLAIN (ANALYZE, BUFFERS) " + sql, String.class).forEach(line -> System.out.println("  " + line));
        }

        private String latencies(String name, LongFunction<String> query) {
            for (int i = 0; i < 20; i++) {
                page(query.apply(i));
            }
            double[] ms = new double[200];
            for (int i = 0; i < ms.length; i++) {
                long start = System.nanoTime();
                page(query.apply(1000 + i));
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            double p50 = ms[ms.length / 2];
            double p99 = ms[(int) Math.ceil(ms.length * 0.99) - 1];
            System.out.printf(Locale.ROOT, "query %s: p50 %.1f ms, p99 %.1f ms%n", name, p50, p99);
            return String.format(Locale.ROOT, ", \"query_%s_p50_ms\": %.1f, \"query_%s_p99_ms\": %.1f", name, p50, name, p99);
        }

        private void page(String query) {
            HttpApi.Response response = api.get("/api/audit/entries?" + query, TOKEN);
            if (response.status() != 200) {
                throw new IllegalStateException(query + ": " + response.raw());
            }
        }

        private List<NewEntry> events(long from, int count) {
            List<NewEntry> events = new ArrayList<>(count);
            for (long i = from; i < from + count; i++) {
                events.add(BenchEvents.event(run, i));
            }
            return events;
        }

        private static long nanos(Runnable work) {
            long start = System.nanoTime();
            work.run();
            return System.nanoTime() - start;
        }

        private static double perSecond(long count, Runnable work) {
            long start = System.nanoTime();
            work.run();
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }
}

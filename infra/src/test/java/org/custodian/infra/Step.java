package org.custodian.infra;

import java.util.List;
import java.util.Map;

/**
 * One step of the open-loop curve: the rate offered, the rate of releases achieved, and the latency from each
 * request's due time to its release; a request not released counts as slower than any that was.
 */
record Step(double offered, double achieved, double p50Ms, double p99Ms, int submitted, int released) {

    static final Step NONE = new Step(0, 0, Double.NaN, Double.NaN, 0, 0);

    static Step of(double rate, int count, long start, Map<String, Long> dueAt, Map<String, Long> releasedAt) {
        List<Long> latencies = dueAt.entrySet().stream().filter(e -> releasedAt.containsKey(e.getKey()))
                .map(e -> releasedAt.get(e.getKey()) - e.getValue()).sorted().toList();
        long last = dueAt.keySet().stream().filter(releasedAt::containsKey).mapToLong(releasedAt::get).max().orElse(start);
        double seconds = Math.max(1e-9, (last - start) / 1e9);
        return new Step(rate, latencies.size() / seconds, percentile(latencies, count, 0.50),
                percentile(latencies, count, 0.99), dueAt.size(), latencies.size());
    }

    /** The p-th latency of {@code count} requests in ms, where those missing from {@code sorted} are infinitely late. */
    private static double percentile(List<Long> sorted, int count, double p) {
        int index = (int) Math.ceil(p * count) - 1;
        if (count == 0 || index >= sorted.size()) {
            return Double.POSITIVE_INFINITY;
        }
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}

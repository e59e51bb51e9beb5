package it.callcenter.benchmarks;

import java.util.Arrays;

/**
 * Percentiles of one scenario's timed queries (nearest rank on the sorted sample, in milliseconds). Its
 * purpose is the report's p50/p95/p99: the goals are on p95, and p99 shows the tail an operator meets.
 */
final class Latencies {

    private final long[] nanos;
    private int size;

    Latencies(int capacity) {
        nanos = new long[capacity];
    }

    void add(long value) {
        nanos[size++] = value;
    }

    int size() {
        return size;
    }

    /** Adds this sample's values to {@code all} (one thread's latencies into the run's). */
    void copyInto(Latencies all) {
        for (int i = 0; i < size; i++) {
            all.add(nanos[i]);
        }
    }

    /** The p-th percentile in milliseconds, 0 < p <= 100. */
    double percentile(double p) {
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)] / 1e6;
    }

    double max() {
        return percentile(100);
    }

    double mean() {
        long sum = 0;
        for (int i = 0; i < size; i++) {
            sum += nanos[i];
        }
        return size == 0 ? 0 : sum / 1e6 / size;
    }
}

package it.callcenter.benchmarks;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws items with given weights (cumulative sums and a binary search), for the generated data's
 * distributions: surnames more or less common, comuni by population. Not itself measured; it makes the
 * data look like a real registry, where a few surnames and the big cities dominate, so the searches meet
 * realistic numbers of matches.
 */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] weights) {
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    static <T> Weighted<T> of(List<T> items, double[] weights) {
        if (items.size() != weights.length || items.isEmpty()) {
            throw new IllegalArgumentException("one weight per item, at least one item");
        }
        return new Weighted<>(items, weights);
    }

    /** The list in decreasing frequency, item of rank r (1-based) weighing 1 / r^exponent (Zipf-like). */
    static <T> Weighted<T> zipf(List<T> items, double exponent) {
        double[] weights = new double[items.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1.0 / Math.pow(i + 1, exponent);
        }
        return of(items, weights);
    }

    T next(SplittableRandom random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > x) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return items.get(low);
    }

    /** The share of draws that give the item (for the report). */
    double share(T item) {
        int i = items.indexOf(item);
        double previous = i == 0 ? 0 : cumulative[i - 1];
        return (cumulative[i] - previous) / cumulative[cumulative.length - 1];
    }

    List<T> items() {
        return items;
    }
}

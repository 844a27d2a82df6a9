package org.crampcare.insights;

import java.util.Arrays;

/**
 * The count, median, mean and range of some recorded numbers; the statistics are null when there are none.
 */
public record NumberSummary(int count, Double median, Double mean, Double min, Double max) {

    /** Summarises the values (they need not be sorted). */
    static NumberSummary of(double[] values) {
        if (values.length == 0) {
            return new NumberSummary(0, null, null, null, null);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new NumberSummary(n, median, Arrays.stream(sorted).average().orElseThrow(), sorted[0], sorted[n - 1]);
    }
}

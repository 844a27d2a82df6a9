package org.crampcare.insights;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The Benjamini–Hochberg step-up adjustment of p-values.
 *
 * <p>Testing a dozen factors at two lags would, without it, show a chance "trigger" in most diaries;
 * the adjustment keeps the expected share of false links among those shown at the chosen level.
 */
final class BenjaminiHochberg {
    private BenjaminiHochberg() {
    }

    /** Adjusted p-values, in the order of the input. */
    static double[] adjust(double[] p) {
        int m = p.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] adjusted = new double[m];
        double running = 1.0;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, p[i] * m / rank);
            adjusted[i] = Math.min(1.0, running);
        }
        return adjusted;
    }
}

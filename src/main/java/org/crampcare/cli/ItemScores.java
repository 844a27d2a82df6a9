package org.crampcare.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Per-item precision and recall of answers read from text against a case's {@code answers_truth}.
 *
 * <p>A scalar is right when equal (numbers to two decimals); a list is compared value by value (an empty list is the value
 * "[]"); an item the text did not give and the truth leaves out counts for nothing.
 */
final class ItemScores {
    /**
     * The scale that rounds numbers to two decimals before they are compared. Why: writers label 20
     * seconds as 0.33 minutes, the reader gives a third, and both are the same answer.
     */
    private static final double DECIMALS = 100;
    private final Map<String, Counts> byItem = new TreeMap<>();

    /** Counts for one item, or for all. */
    static final class Counts {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? Double.NaN : (double) a / b;
        }
    }

    /** Compares one case's answers with its truth. */
    void add(JsonNode got, JsonNode truth) {
        Set<String> items = new TreeSet<>();
        got.fieldNames().forEachRemaining(items::add);
        truth.fieldNames().forEachRemaining(items::add);
        for (String item : items) {
            Counts s = byItem.computeIfAbsent(item, k -> new Counts());
            List<String> g = values(got.get(item));
            List<String> t = values(truth.get(item));
            for (String v : g) {
                if (t.contains(v)) {
                    s.truePositives++;
                } else {
                    s.falsePositives++;
                }
            }
            s.falseNegatives += (int) t.stream().filter(v -> !g.contains(v)).count();
        }
    }

    /** The counts over all items. */
    Counts total() {
        Counts total = new Counts();
        byItem.values().forEach(s -> {
            total.truePositives += s.truePositives;
            total.falsePositives += s.falsePositives;
            total.falseNegatives += s.falseNegatives;
        });
        return total;
    }

    void print(PrintWriter out) {
        out.printf("%-32s %4s %4s %4s %9s %7s%n", "item", "TP", "FP", "FN", "precision", "recall");
        byItem.forEach((item, s) -> row(out, item, s));
        row(out, "ALL", total());
    }

    private static void row(PrintWriter out, String item, Counts s) {
        out.printf("%-32s %4d %4d %4d %9s %7s%n", item, s.truePositives, s.falsePositives, s.falseNegatives,
                shown(s.precision()), shown(s.recall()));
    }

    private static String shown(double ratio) {
        return Double.isNaN(ratio) ? "-" : String.format("%.2f", ratio);
    }

    private static List<String> values(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            if (n.isEmpty()) {
                out.add("[]");
            }
            n.forEach(v -> out.add(v.asText()));
        } else if (n.isNumber()) {
            out.add(String.valueOf(Math.round(n.asDouble() * DECIMALS) / DECIMALS));
        } else {
            out.add(n.asText());
        }
        return out;
    }
}

package org.crampcare.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ranks the relief methods by how much they helped this person on average.
 *
 * <p>"nothing" is left out: it records that nothing was tried, not a method. Methods tried fewer than
 * three times are still listed, and their sentence says the number is small.
 */
final class ReliefRanking {
    static final String NOTHING = "nothing";
    private static final int FEW = 3;

    private ReliefRanking() {
    }

    static List<ReliefRank> rank(List<CrampRecord> cramps) {
        Map<String, int[]> answers = new TreeMap<>();
        for (CrampRecord c : cramps) {
            c.helped().forEach((method, amount) -> {
                if (!NOTHING.equals(method) && amount != null && amount >= 0 && amount <= 3) {
                    answers.computeIfAbsent(method, m -> new int[4])[amount]++;
                }
            });
        }
        List<ReliefRank> ranks = new ArrayList<>();
        answers.forEach((method, n) -> ranks.add(rankOf(method, n)));
        ranks.sort(Comparator.comparingDouble(ReliefRank::averageHelp).reversed()
                .thenComparing(Comparator.comparingInt(ReliefRank::uses).reversed())
                .thenComparing(ReliefRank::method));
        return ranks;
    }

    private static ReliefRank rankOf(String method, int[] n) {
        int uses = n[0] + n[1] + n[2] + n[3];
        double average = (n[1] + 2.0 * n[2] + 3.0 * n[3]) / uses;
        String sentence = String.format(Locale.ROOT, "%s: tried on %d %s, helped %.1f out of 3 on average%s.",
                method.replace('_', ' '), uses, uses == 1 ? "cramp" : "cramps", average,
                uses < FEW ? " (too few tries to say much)" : "");
        return new ReliefRank(method, uses, average, List.of(n[0], n[1], n[2], n[3]),
                Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1));
    }
}

package org.crampcare.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the word ranking and the meaning ranking by weighted reciprocal rank fusion.
 *
 * <p>Rank fusion needs no common scale between the two scores (BM25 is unbounded, cosine is not), and
 * an entry both rankings agree on rises above one that only one of them likes.
 */
final class Fusion {
    /** Both rankings count the same: the best of the weightings tried on the project's question sets. */
    static final Fusion BALANCED = new Fusion(1, 1);
    /** The usual constant of reciprocal rank fusion: it damps the difference between the top ranks. */
    private static final double K = 60;

    private final double wordWeight;
    private final double meaningWeight;

    Fusion(double wordWeight, double meaningWeight) {
        this.wordWeight = wordWeight;
        this.meaningWeight = meaningWeight;
    }

    /** The passages of both rankings, best first, each scored by its fused reciprocal ranks. */
    List<PassageIndex.Hit> fuse(List<PassageIndex.Hit> words, List<DenseIndex.Hit> meaning) {
        Map<Passage, Double> scores = new LinkedHashMap<>();
        for (int r = 0; r < words.size(); r++) {
            scores.merge(words.get(r).passage(), wordWeight / (K + r + 1), Double::sum);
        }
        for (int r = 0; r < meaning.size(); r++) {
            scores.merge(meaning.get(r).passage(), meaningWeight / (K + r + 1), Double::sum);
        }
        List<PassageIndex.Hit> out = new ArrayList<>();
        scores.forEach((p, s) -> out.add(new PassageIndex.Hit(p, s.floatValue())));
        out.sort(Comparator.comparingDouble(PassageIndex.Hit::score).reversed());
        return out;
    }
}

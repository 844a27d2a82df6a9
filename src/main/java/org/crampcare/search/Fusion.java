package org.crampcare.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the word ranking and the meaning ranking into one: a weighted sum of the two scores, each
 * scaled to the range 0 to 1 over its own candidates.
 *
 * <p>Scaling makes the unbounded word score and the cosine similarity comparable, and keeps how far
 * ahead a candidate is: a passage far ahead on one side is not pulled level by small differences on
 * the other, as it is when only ranks are fused. The weight was chosen on the project's question sets
 * (tune half, dev, dev2, our own); reciprocal rank fusion scored a little lower there.
 */
final class Fusion {
    /** Words count 60 %, meaning 40 %: the middle of the plateau of best weights. */
    static final Fusion BALANCED = new Fusion(0.6);

    private final double wordWeight;

    /** @param wordWeight the weight of the word ranking, from 0 to 1; meaning gets the rest */
    Fusion(double wordWeight) {
        if (wordWeight < 0 || wordWeight > 1) {
            throw new IllegalArgumentException("word weight must be between 0 and 1, got " + wordWeight);
        }
        this.wordWeight = wordWeight;
    }

    /** The passages of both rankings, best first, each scored by its fused scaled scores. */
    List<PassageIndex.Hit> fuse(List<PassageIndex.Hit> words, List<DenseIndex.Hit> meaning) {
        Map<Passage, Double> scores = new LinkedHashMap<>();
        double top = words.isEmpty() ? 0 : words.get(0).score();
        for (PassageIndex.Hit h : words) {
            scores.merge(h.passage(), wordWeight * (top > 0 ? h.score() / top : 0), Double::sum);
        }
        double high = meaning.isEmpty() ? 0 : meaning.get(0).similarity();
        double low = meaning.isEmpty() ? 0 : meaning.get(meaning.size() - 1).similarity();
        for (DenseIndex.Hit h : meaning) {
            double scaled = high > low ? (h.similarity() - low) / (high - low) : 1;
            scores.merge(h.passage(), (1 - wordWeight) * scaled, Double::sum);
        }
        List<PassageIndex.Hit> out = new ArrayList<>();
        scores.forEach((p, s) -> out.add(new PassageIndex.Hit(p, s.floatValue())));
        out.sort(Comparator.comparingDouble(PassageIndex.Hit::score).reversed());
        return out;
    }
}

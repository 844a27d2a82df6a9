package org.crampcare.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins the word ranking and the meaning ranking by weighted reciprocal rank fusion, then favours
 * entries that give the kind of answer the question asks for.
 *
 * <p>Rank fusion needs no common scale between the two scores (BM25 is unbounded, cosine is not), and
 * an entry both rankings agree on rises above one that only one of them likes.
 */
final class Fusion {
    /** The usual constant of reciprocal rank fusion: it damps the difference between the top ranks. */
    private static final double K = 60;

    private final double wordWeight;
    private final double meaningWeight;
    private final double answerTypeBonus;

    Fusion(double wordWeight, double meaningWeight, double answerTypeBonus) {
        this.wordWeight = wordWeight;
        this.meaningWeight = meaningWeight;
        this.answerTypeBonus = answerTypeBonus;
    }

    /**
     * The passages of both rankings, best first; {@code typesOf} gives each passage's answer types and
     * {@code asked} is the question's (null when unknown).
     */
    List<PassageIndex.Hit> fuse(List<PassageIndex.Hit> words, List<DenseIndex.Hit> meaning,
                                java.util.function.Function<Passage, Set<AnswerType>> typesOf, AnswerType asked) {
        Map<Passage, Double> scores = new LinkedHashMap<>();
        for (int r = 0; r < words.size(); r++) {
            scores.merge(words.get(r).passage(), wordWeight / (K + r + 1), Double::sum);
        }
        for (int r = 0; r < meaning.size(); r++) {
            scores.merge(meaning.get(r).passage(), meaningWeight / (K + r + 1), Double::sum);
        }
        List<PassageIndex.Hit> out = new ArrayList<>();
        scores.forEach((p, s) -> out.add(new PassageIndex.Hit(p, (float) (s * bonus(typesOf.apply(p), asked)))));
        out.sort(Comparator.comparingDouble(PassageIndex.Hit::score).reversed());
        return out;
    }

    /** The factor for a passage's answer types: above 1 when they include the one asked for. */
    double bonus(Set<AnswerType> types, AnswerType asked) {
        return asked != null && types.contains(asked) ? 1 + answerTypeBonus : 1;
    }
}

package org.crampcare.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How closely a question matches the ways a passage is phrased: its title, each question it
 * answers, and its keywords.
 *
 * <p>The content lists the phrasings people use, so a question that matches one of them almost
 * word for word is very likely asking exactly that. The match is an F1 of two IDF-weighted
 * fractions: how much of the question the phrasing covers, and how much of the phrasing the
 * question covers. Rare words weigh more, so "twitching" decides more than "cramp".
 */
final class Phrasings {
    private final Map<String, List<Set<String>>> byPassage;
    private final Map<String, Set<String>> allStems;
    private final Map<String, Double> idf;
    /** The weight of a word no passage uses: as rare as can be. */
    private final double unknown;

    Phrasings(List<Passage> passages, TextAnalysis analysis) {
        Map<String, List<Set<String>>> phrasings = new HashMap<>();
        Map<String, Integer> df = new HashMap<>();
        Map<String, Set<String>> stemsOf = new HashMap<>();
        for (Passage p : passages) {
            List<Set<String>> sets = new ArrayList<>();
            sets.add(Set.copyOf(analysis.stems(p.title())));
            p.questions().forEach(q -> sets.add(Set.copyOf(analysis.stems(q))));
            sets.add(Set.copyOf(analysis.stems(String.join(" ", p.keywords()))));
            phrasings.put(p.id(), List.copyOf(sets));
            Set<String> all = new HashSet<>();
            for (Fields f : Fields.values()) {
                f.of(p).forEach(v -> all.addAll(analysis.stems(v)));
            }
            all.forEach(s -> df.merge(s, 1, Integer::sum));
            stemsOf.put(p.id(), Set.copyOf(all));
        }
        Map<String, Double> weights = new HashMap<>();
        df.forEach((s, n) -> weights.put(s, Math.log((passages.size() + 1.0) / (n + 0.5))));
        this.byPassage = Map.copyOf(phrasings);
        this.allStems = Map.copyOf(stemsOf);
        this.idf = Map.copyOf(weights);
        this.unknown = Math.log((passages.size() + 1.0) / 0.5);
    }

    /** The question's concepts prepared for comparison with many passages. */
    Prepared prepare(List<Concept> concepts) {
        double[] weights = new double[concepts.size()];
        List<List<List<String>>> sequences = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < concepts.size(); i++) {
            Concept c = concepts.get(i);
            double w = 0;
            for (List<String> seq : c.own()) {
                for (String stem : seq) {
                    w = Math.max(w, weight(stem));
                }
            }
            weights[i] = w;
            total += w;
            List<List<String>> all = new ArrayList<>(c.own());
            all.addAll(c.alternatives());
            sequences.add(all);
        }
        return new Prepared(weights, List.copyOf(sequences), total);
    }

    /** The best match, from 0 (nothing shared) to 1 (same words), of the question with any phrasing. */
    double similarity(String passageId, Prepared question) {
        double best = 0;
        for (Set<String> phrasing : byPassage.getOrDefault(passageId, List.of())) {
            best = Math.max(best, f1(phrasing, question));
        }
        return best;
    }

    /**
     * How much of the question, from 0 to 1, the passage speaks of anywhere in its fields: the
     * weighted share of the question's concepts whose words (own or synonyms) it all contains.
     */
    double coverage(String passageId, Prepared question) {
        Set<String> stems = allStems.getOrDefault(passageId, Set.of());
        if (question.total() == 0) {
            return 0;
        }
        double matched = 0;
        for (int i = 0; i < question.weights().length; i++) {
            if (question.sequences().get(i).stream().anyMatch(stems::containsAll)) {
                matched += question.weights()[i];
            }
        }
        return matched / question.total();
    }

    /** Concept weights (IDF of the rarest own word) and the stem sequences that match each concept. */
    record Prepared(double[] weights, List<List<List<String>>> sequences, double total) {
    }

    private double f1(Set<String> phrasing, Prepared q) {
        if (phrasing.isEmpty() || q.total() == 0) {
            return 0;
        }
        double matched = 0;
        Set<String> used = new HashSet<>();
        for (int i = 0; i < q.weights().length; i++) {
            boolean any = false;
            for (List<String> seq : q.sequences().get(i)) {
                if (phrasing.containsAll(seq)) {
                    used.addAll(seq);
                    any = true;
                }
            }
            matched += any ? q.weights()[i] : 0;
        }
        if (matched == 0) {
            return 0;
        }
        double phrasingWeight = 0;
        double usedWeight = 0;
        for (String stem : phrasing) {
            double w = weight(stem);
            phrasingWeight += w;
            usedWeight += used.contains(stem) ? w : 0;
        }
        double recall = matched / q.total();
        double precision = usedWeight / phrasingWeight;
        return recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
    }

    private double weight(String stem) {
        return idf.getOrDefault(stem, unknown);
    }
}

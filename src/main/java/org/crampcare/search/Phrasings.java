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
    private final Map<String, Double> idf;

    Phrasings(List<Passage> passages, TextAnalysis analysis) {
        Map<String, List<Set<String>>> phrasings = new HashMap<>();
        Map<String, Integer> df = new HashMap<>();
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
        }
        Map<String, Double> weights = new HashMap<>();
        df.forEach((s, n) -> weights.put(s, Math.log((passages.size() + 1.0) / (n + 0.5))));
        this.byPassage = Map.copyOf(phrasings);
        this.idf = Map.copyOf(weights);
    }

    /** The best match, from 0 (nothing shared) to 1 (same words), of the concepts with any phrasing. */
    double similarity(String passageId, List<Concept> concepts) {
        double best = 0;
        for (Set<String> phrasing : byPassage.getOrDefault(passageId, List.of())) {
            best = Math.max(best, f1(phrasing, concepts));
        }
        return best;
    }

    private double f1(Set<String> phrasing, List<Concept> concepts) {
        if (phrasing.isEmpty()) {
            return 0;
        }
        double total = 0;
        double matched = 0;
        Set<String> used = new HashSet<>();
        for (Concept c : concepts) {
            double w = c.own().stream().flatMap(List::stream).mapToDouble(this::weight).max().orElse(0);
            total += w;
            List<List<String>> hits = new ArrayList<>(c.own());
            hits.addAll(c.alternatives());
            boolean any = false;
            for (List<String> seq : hits) {
                if (phrasing.containsAll(seq)) {
                    used.addAll(seq);
                    any = true;
                }
            }
            matched += any ? w : 0;
        }
        double phrasingWeight = phrasing.stream().mapToDouble(this::weight).sum();
        double recall = total == 0 ? 0 : matched / total;
        double precision = phrasingWeight == 0 ? 0 : used.stream().mapToDouble(this::weight).sum() / phrasingWeight;
        return recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
    }

    private double weight(String stem) {
        return idf.getOrDefault(stem, 0.5);
    }
}

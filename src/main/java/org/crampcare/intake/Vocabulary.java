package org.crampcare.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Phrases with their meanings, indexed by first word so a text is scanned in one pass.
 *
 * <p>Immutable once built. Where found phrases overlap, the longest wins (as NegEx does with its
 * triggers); phrases covering exactly the same words are all kept, so "metformin" can say both
 * "diabetes" and "a regular medicine". Phrases that start with a prefix ("acalambr~") are indexed
 * by it, and a word looks up each of its beginnings between the shortest and longest prefix: a
 * few look-ups per word, only in vocabularies that have prefixes.
 */
final class Vocabulary<T> {
    static final int LONGEST_ENDING = 6;

    private final Map<String, List<Entry<T>>> byStem;
    private final Map<String, List<Entry<T>>> byWord;
    private final Map<String, List<Entry<T>>> byPrefix;
    private final int shortestPrefix;
    private final int longestPrefix;

    private record Entry<T>(Phrase phrase, T meaning) {
    }

    private Vocabulary(Map<String, List<Entry<T>>> byStem, Map<String, List<Entry<T>>> byWord,
                       Map<String, List<Entry<T>>> byPrefix) {
        this.byStem = byStem;
        this.byWord = byWord;
        this.byPrefix = byPrefix;
        this.shortestPrefix = byPrefix.keySet().stream().mapToInt(String::length).min().orElse(0);
        this.longestPrefix = byPrefix.keySet().stream().mapToInt(String::length).max().orElse(-1);
    }

    /** Collects phrases before the vocabulary is frozen. */
    static final class Builder<T> {
        private final Map<String, List<Entry<T>>> byStem = new HashMap<>();
        private final Map<String, List<Entry<T>>> byWord = new HashMap<>();
        private final Map<String, List<Entry<T>>> byPrefix = new HashMap<>();

        Builder<T> add(Phrase phrase, T meaning) {
            Map<String, List<Entry<T>>> index = phrase.prefixStart() ? byPrefix : phrase.exactStart() ? byWord : byStem;
            phrase.firstKeys().forEach(k -> index.computeIfAbsent(k, x -> new ArrayList<>())
                    .add(new Entry<>(phrase, meaning)));
            return this;
        }

        Vocabulary<T> build() {
            return new Vocabulary<>(freeze(byStem), freeze(byWord), freeze(byPrefix));
        }

        private static <T> Map<String, List<Entry<T>>> freeze(Map<String, List<Entry<T>>> m) {
            Map<String, List<Entry<T>>> out = new HashMap<>();
            m.forEach((k, v) -> out.put(k, List.copyOf(v)));
            return Map.copyOf(out);
        }
    }

    /** Every phrase matching at token {@code i}. */
    List<Hit<T>> at(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        List<Entry<T>> stems = byStem.get(t.stem());
        List<Entry<T>> words = byWord.get(t.word());
        boolean prefixes = longestPrefix >= 0 && t.word().length() >= shortestPrefix;
        if (stems == null && words == null && !prefixes) {
            return List.of();
        }
        List<Hit<T>> out = new ArrayList<>(2);
        collect(stems, tokens, i, out);
        collect(words, tokens, i, out);
        if (prefixes) {
            String w = t.word();
            for (int n = shortestPrefix; n <= Math.min(longestPrefix, w.length()); n++) {
                collect(byPrefix.get(w.substring(0, n)), tokens, i, out);
            }
        }
        return out;
    }

    /** The longest phrase matching at token {@code i}. */
    Optional<Hit<T>> longestAt(List<Token> tokens, int i) {
        Hit<T> best = null;
        for (Hit<T> h : at(tokens, i)) {
            if (best == null || h.length() > best.length()) {
                best = h;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether some phrase of up to {@link #LONGEST_ENDING} words ends just before token {@code end}. */
    boolean endsAt(List<Token> tokens, int end) {
        for (int start = Math.max(0, end - LONGEST_ENDING); start < end; start++) {
            for (Hit<T> h : at(tokens, start)) {
                if (h.to() == end) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every phrase matching anywhere in the text, overlaps included, in order of their start. */
    List<Hit<T>> all(List<Token> tokens) {
        List<Hit<T>> all = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            all.addAll(at(tokens, i));
        }
        return all;
    }

    /** All phrases found in the text; overlapping finds resolved in favour of the longest. */
    List<Hit<T>> find(List<Token> tokens) {
        return find(tokens, (longer, shorter) -> true);
    }

    /**
     * All phrases found in the text; where two overlap and {@code competes} says they compete,
     * only the longer (or earlier) stays. Hits with the same span and meaning are kept once.
     */
    List<Hit<T>> find(List<Token> tokens, BiPredicate<T, T> competes) {
        return longestFirst(all(tokens), competes);
    }

    /**
     * Keeps hits longest first. Kept hits are indexed by start token, and a hit can only overlap
     * kept hits that start less than the longest hit's length before it, so each check looks at a
     * bounded window: linear in the number of hits, not quadratic ("no no no ..." stays cheap).
     */
    private static <T> List<Hit<T>> longestFirst(List<Hit<T>> hits, BiPredicate<T, T> competes) {
        if (hits.size() < 2) {
            return hits;
        }
        List<Hit<T>> sorted = new ArrayList<>(hits);
        sorted.sort(Comparator.comparingInt((Hit<T> h) -> -h.length()).thenComparingInt(Hit::from));
        int longest = sorted.get(0).length();
        Map<Integer, List<Hit<T>>> keptByStart = new HashMap<>();
        List<Hit<T>> kept = new ArrayList<>();
        for (Hit<T> h : sorted) {
            if (!blocked(h, keptByStart, longest, competes)) {
                keptByStart.computeIfAbsent(h.from(), k -> new ArrayList<>(1)).add(h);
                kept.add(h);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::from));
        return kept;
    }

    private static <T> boolean blocked(Hit<T> h, Map<Integer, List<Hit<T>>> keptByStart, int longest,
                                       BiPredicate<T, T> competes) {
        for (int start = h.from() - longest + 1; start < h.to(); start++) {
            List<Hit<T>> atStart = keptByStart.get(start);
            if (atStart == null) {
                continue;
            }
            for (Hit<T> k : atStart) {
                boolean blocks = k.sameSpan(h) ? k.meaning() == h.meaning()
                        : k.overlaps(h) && competes.test(k.meaning(), h.meaning());
                if (blocks) {
                    return true;
                }
            }
        }
        return false;
    }

    private static <T> void collect(List<Entry<T>> entries, List<Token> tokens, int i, List<Hit<T>> out) {
        if (entries == null) {
            return;
        }
        for (Entry<T> e : entries) {
            int end = e.phrase().matchEnd(tokens, i);
            if (end > 0) {
                out.add(new Hit<>(i, end, e.meaning()));
            }
        }
    }
}

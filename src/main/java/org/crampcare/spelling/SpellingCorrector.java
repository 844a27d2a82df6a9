package org.crampcare.spelling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the known word a misspelt word was meant to be, within a tolerance that grows with length.
 *
 * <p>The one spelling tolerance of CrampCare, shared by the knowledge search (questions) and the
 * free-text reader (descriptions). Short words never fuzzily match, neither as the misspelt word
 * nor as the word it would become: among words of three letters or fewer almost every single edit
 * gives another real word ("hot"/"hit", "red"/"bed", "leg"/"log"), so a correction there would be
 * a guess, and in the reader a guess can raise or lower a triage level. Words of four to eight
 * letters may be one edit away, longer ones two (a swap of neighbouring letters is one edit).
 *
 * <p>Candidates are found through an index of deletions (the symmetric-delete method): two words
 * within d edits share a string made by deleting at most d letters from each, so a look-up costs
 * the few dozen deletions of the written word, not a pass over the whole vocabulary.
 * Immutable and thread-safe.
 */
public final class SpellingCorrector {
    /** The shortest word that is ever corrected, or ever a correction. */
    public static final int MIN_LENGTH = 4;
    /** From this length on, two edits are allowed. */
    public static final int LONG_WORD = 9;

    private final Map<String, List<Target>> byDeletion;

    /** A correction: the known word, and how many edits away the written word was. */
    public record Correction(String word, int edits) {
    }

    private record Target(String word, int weight) {
    }

    /**
     * A corrector towards the given known words.
     *
     * @param weights known words, each with a weight (how often it occurs); the heavier wins ties
     */
    public SpellingCorrector(Map<String, Integer> weights) {
        Map<String, List<Target>> index = new HashMap<>();
        weights.forEach((word, weight) -> {
            if (word.length() >= MIN_LENGTH && isAlphabetic(word)) {
                Target t = new Target(word, weight);
                for (String d : deletions(word, reachableEdits(word.length()))) {
                    index.computeIfAbsent(d, k -> new ArrayList<>(1)).add(t);
                }
            }
        });
        Map<String, List<Target>> frozen = new HashMap<>();
        index.forEach((d, targets) -> frozen.put(d, List.copyOf(targets)));
        this.byDeletion = Map.copyOf(frozen);
    }

    /** The most edits any word allowed to become a known word of this length may be away. */
    private static int reachableEdits(int length) {
        return allowedEdits(length + 2) == 2 ? 2 : 1;
    }

    /** The word and every string made from it by deleting up to {@code depth} letters. */
    private static Set<String> deletions(String word, int depth) {
        Set<String> out = new HashSet<>();
        out.add(word);
        Set<String> frontier = Set.of(word);
        for (int d = 0; d < depth; d++) {
            Set<String> next = new HashSet<>();
            for (String w : frontier) {
                for (int i = 0; i < w.length(); i++) {
                    next.add(w.substring(0, i) + w.substring(i + 1));
                }
            }
            out.addAll(next);
            frontier = next;
        }
        return out;
    }

    /** How many edits a word of this length may be from a known word: 0 when it is too short. */
    public static int allowedEdits(int length) {
        return length < MIN_LENGTH ? 0 : length >= LONG_WORD ? 2 : 1;
    }

    /**
     * The closest known word within the tolerance, fewest edits first, then the heaviest, then the
     * first in alphabetical order; empty when none is close enough or the word is too short.
     * The caller decides first whether the word is known and must be left alone.
     */
    public Optional<Correction> closest(String word) {
        int allowed = allowedEdits(word.length());
        if (allowed == 0 || !isAlphabetic(word)) {
            return Optional.empty();
        }
        EditDistance.Rows rows = new EditDistance.Rows(word.length() + allowed);
        Target best = null;
        int bestEdits = allowed + 1;
        Set<String> seen = new HashSet<>();
        for (String d : deletions(word, allowed)) {
            for (Target t : byDeletion.getOrDefault(d, List.of())) {
                if (!seen.add(t.word()) || Math.abs(t.word().length() - word.length()) > allowed) {
                    continue;
                }
                int e = rows.between(word, t.word(), allowed);
                if (e <= allowed && (e < bestEdits || (e == bestEdits && better(t, best)))) {
                    best = t;
                    bestEdits = e;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Correction(best.word(), bestEdits));
    }

    private static boolean better(Target t, Target best) {
        return t.weight() > best.weight() || (t.weight() == best.weight() && t.word().compareTo(best.word()) < 0);
    }

    private static boolean isAlphabetic(String word) {
        return word.chars().allMatch(Character::isLetter);
    }
}

package org.crampcare.spelling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the known word a misspelt word was meant to be, within a tolerance that grows with length.
 *
 * <p>The one spelling tolerance of CrampCare, shared by the knowledge search (questions) and the
 * free-text reader (descriptions). Short words never fuzzily match, neither as the misspelt word
 * nor as the word it would become: among words of three letters or fewer almost every single edit
 * gives another real word ("hot"/"hit", "red"/"bed", "leg"/"log"), so a correction there would be
 * a guess, and in the reader a guess can raise or lower a triage level. Words of four to eight
 * letters may be one edit away, longer ones two (a swap of neighbouring letters is one edit).
 * Immutable and thread-safe.
 */
public final class SpellingCorrector {
    /** The shortest word that is ever corrected, or ever a correction. */
    public static final int MIN_LENGTH = 4;
    /** From this length on, two edits are allowed. */
    public static final int LONG_WORD = 9;

    private final Map<Integer, List<Target>> byLength;

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
        Map<Integer, List<Target>> index = new HashMap<>();
        weights.forEach((word, weight) -> {
            if (word.length() >= MIN_LENGTH && isAlphabetic(word)) {
                index.computeIfAbsent(word.length(), k -> new ArrayList<>()).add(new Target(word, weight));
            }
        });
        Map<Integer, List<Target>> frozen = new HashMap<>();
        index.forEach((length, targets) -> frozen.put(length, List.copyOf(targets)));
        this.byLength = Map.copyOf(frozen);
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
        for (int length = word.length() - allowed; length <= word.length() + allowed; length++) {
            for (Target t : byLength.getOrDefault(length, List.of())) {
                int d = rows.between(word, t.word(), allowed);
                if (d <= allowed && (d < bestEdits || (d == bestEdits && better(t, best)))) {
                    best = t;
                    bestEdits = d;
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

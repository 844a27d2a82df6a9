package org.crampcare.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Frames crossed with fillers for the search tests: every frame's "%s" filled with every filler.
 *
 * <p>Why: a mechanism tried in one sentence can pass by the accident of that sentence's words; tried
 * in every frame with every filler it cannot.
 */
final class Crossed {
    private Crossed() {
    }

    /**
     * The filled sentences for which the check does not hold, each with what it was filled with.
     *
     * @param holds the check, given the filled sentence and its filler
     */
    static List<String> misses(List<String> frames, List<String> fillers, BiPredicate<String, String> holds) {
        List<String> wrong = new ArrayList<>();
        for (String frame : frames) {
            for (String filler : fillers) {
                String sentence = frame.formatted(filler);
                if (!holds.test(sentence, filler)) {
                    wrong.add(sentence);
                }
            }
        }
        return wrong;
    }
}

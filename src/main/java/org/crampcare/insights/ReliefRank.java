package org.crampcare.insights;

import java.util.List;

/**
 * How much one relief method helped this person, from the 0–3 answers on their cramps.
 *
 * @param method       the diary's word, e.g. {@code stretch}
 * @param uses         how many cramps it was tried on
 * @param averageHelp  the mean answer, from 0 (not at all) to 3 (a lot)
 * @param answers      how many times each answer 0, 1, 2, 3 was given
 * @param sentence     the same in plain words
 */
public record ReliefRank(String method, int uses, double averageHelp, List<Integer> answers, String sentence) {
    public ReliefRank {
        answers = List.copyOf(answers);
    }
}

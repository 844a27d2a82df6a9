package org.crampcare.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Corrects spelling slips in a question against the words the knowledge base actually uses.
 *
 * <p>A word is left alone when it, or its stem, is known, or when it is a stop word (so everyday
 * words such as "might" are never turned into content words such as "night"). Otherwise the closest known word within
 * one edit (two for words of nine letters or more; a swap of neighbours counts as one edit) takes
 * its place, the more frequent word winning ties. Short words are never changed, since a small
 * edit turns them into a different word too easily.
 */
final class Spelling {
    private static final int MIN_LENGTH = 4;
    private static final int LONG_WORD = 9;

    private final TextAnalysis analysis;
    private final Map<String, Integer> frequency;
    private final Set<String> knownStems;

    Spelling(TextAnalysis analysis, Collection<String> texts) {
        this.analysis = analysis;
        Map<String, Integer> counts = new HashMap<>();
        Set<String> stems = new HashSet<>();
        for (String text : texts) {
            analysis.words(text).forEach(w -> counts.merge(w, 1, Integer::sum));
            stems.addAll(analysis.allStems(text));
        }
        this.frequency = Map.copyOf(counts);
        this.knownStems = Set.copyOf(stems);
    }

    /** The question's words with slips corrected, joined by spaces (punctuation dropped). */
    String correct(String question) {
        List<String> words = analysis.words(question);
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            out.append(out.length() == 0 ? "" : " ").append(correctWord(w));
        }
        return out.toString();
    }

    private String correctWord(String word) {
        if (word.length() < MIN_LENGTH || !isAlphabetic(word) || known(word)) {
            return word;
        }
        int allowed = word.length() >= LONG_WORD ? 2 : 1;
        String best = word;
        int bestDistance = allowed + 1;
        int bestCount = 0;
        for (Map.Entry<String, Integer> candidate : frequency.entrySet()) {
            String c = candidate.getKey();
            if (Math.abs(c.length() - word.length()) > allowed) {
                continue;
            }
            int d = EditDistance.between(word, c, allowed);
            if (d <= allowed && (d < bestDistance || (d == bestDistance && candidate.getValue() > bestCount))) {
                best = c;
                bestDistance = d;
                bestCount = candidate.getValue();
            }
        }
        return best;
    }

    private boolean known(String word) {
        return frequency.containsKey(word) || analysis.isStopWord(word)
                || analysis.allStems(word).stream().allMatch(knownStems::contains);
    }

    private static boolean isAlphabetic(String word) {
        return word.chars().allMatch(Character::isLetter);
    }
}

package org.crampcare.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crampcare.spelling.SpellingCorrector;

/**
 * Corrects spelling slips in a question against the words the knowledge base actually uses.
 *
 * <p>A word is left alone when it, or its stem, is known, or when it is a stop word (so everyday
 * words such as "might" are never turned into content words such as "night"). Otherwise the closest known word
 * within the shared tolerance of {@link SpellingCorrector} takes its place, the more frequent word
 * winning ties; short words are never changed.
 */
final class Spelling {
    private final TextAnalysis analysis;
    private final Map<String, Integer> frequency;
    private final Set<String> knownStems;
    private final SpellingCorrector corrector;

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
        this.corrector = new SpellingCorrector(frequency);
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
        if (known(word)) {
            return word;
        }
        return corrector.closest(word).map(SpellingCorrector.Correction::word).orElse(word);
    }

    private boolean known(String word) {
        return frequency.containsKey(word) || analysis.isStopWord(word)
                || analysis.allStems(word).stream().allMatch(knownStems::contains);
    }
}

package org.crampcare.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crampcare.knowledge.Language;
import org.crampcare.spelling.SpanishSounds;
import org.crampcare.spelling.SpellingCorrector;

/**
 * Corrects spelling slips in a question against the words the knowledge base actually uses.
 *
 * <p>A word is left alone when it, or its stem, is known, or when it is a stop word (so everyday
 * words such as "might" are never turned into content words such as "night"). Otherwise the closest known word
 * within the shared tolerance of {@link SpellingCorrector} takes its place, the more frequent word
 * winning ties; short words are never changed. In Spanish a word that sounds exactly like a known
 * word ({@link SpanishSounds}) becomes that word first. Texting shorthand ("rn", "wat") is written
 * out first, from the language's {@code shorthand} list: such words are too short to correct, and
 * left as they are they hide what is asked ("wat do i do" asks how to).
 */
final class Spelling {
    private final TextAnalysis analysis;
    private final Map<String, Integer> frequency;
    private final Set<String> knownStems;
    private final SpellingCorrector corrector;
    /** Sound key to the most frequent known word with that key; empty except in Spanish. */
    private final Map<String, String> soundsLike;
    private final Map<String, String> shorthand;

    /**
     * @param texts     every text whose words count as known
     * @param shorthand texting shorthand word to the plain words it stands for
     */
    Spelling(TextAnalysis analysis, Collection<String> texts, Map<String, String> shorthand) {
        this.analysis = analysis;
        this.shorthand = Map.copyOf(shorthand);
        Map<String, Integer> counts = new HashMap<>();
        Set<String> stems = new HashSet<>();
        for (String text : texts) {
            analysis.words(text).forEach(w -> counts.merge(w, 1, Integer::sum));
            stems.addAll(analysis.allStems(text));
        }
        this.frequency = Map.copyOf(counts);
        this.knownStems = Set.copyOf(stems);
        this.corrector = new SpellingCorrector(frequency);
        Map<String, String> sounds = new HashMap<>();
        if (analysis.language() == Language.ES) {
            frequency.forEach((word, n) -> {
                if (word.length() >= SpellingCorrector.MIN_LENGTH) {
                    sounds.merge(SpanishSounds.key(word), word, this::moreFrequent);
                }
            });
        }
        this.soundsLike = Map.copyOf(sounds);
    }

    /** The question's words with shorthand written out and slips corrected, joined by spaces (punctuation dropped). */
    String correct(String question) {
        List<String> words = analysis.words(question);
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            out.append(out.length() == 0 ? "" : " ").append(shorthand.getOrDefault(w, correctWord(w)));
        }
        return out.toString();
    }

    private String correctWord(String word) {
        if (known(word)) {
            return word;
        }
        String alike = soundsLike.get(SpanishSounds.key(word));
        if (alike != null && word.length() >= SpellingCorrector.MIN_LENGTH) {
            return alike;
        }
        return corrector.closest(word).map(SpellingCorrector.Correction::word).orElse(word);
    }

    /** The more frequent of two words, the alphabetically first on a tie (so the choice never varies). */
    private String moreFrequent(String a, String b) {
        int byCount = Integer.compare(frequency.get(a), frequency.get(b));
        return byCount > 0 || byCount == 0 && a.compareTo(b) <= 0 ? a : b;
    }

    private boolean known(String word) {
        return frequency.containsKey(word) || analysis.isStopWord(word)
                || analysis.allStems(word).stream().allMatch(knownStems::contains);
    }
}

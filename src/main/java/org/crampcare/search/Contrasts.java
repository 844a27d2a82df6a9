package org.crampcare.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The option a question sets aside against the one it asks about ("take her to A&E instead of waiting
 * for the GP", "is stretching better than massage"), read from the language's {@code contrasts} cue
 * phrases; its words count less in the word ranking and not at all in phrasing match and coverage
 * (see {@code LanguageSearch}).
 *
 * <p>Why: the set-aside option is named only to be compared, yet its words pull the entries about it
 * ahead of those about what is asked. The set-aside part runs from the cue to the end of its clause,
 * or to one of the {@code contrastEnds} words ("for", "when") that bring back what both options share
 * ("better than massage for a cramp" sets aside only massage). Immutable and thread-safe.
 */
final class Contrasts {
    /** Punctuation that ends a clause. */
    private static final Pattern CLAUSES = Pattern.compile("[.,;:!?¿¡]");

    private final TextAnalysis analysis;
    private final List<List<String>> cues;
    private final Set<String> ends;

    Contrasts(TextAnalysis analysis, List<String> cues, List<String> ends) {
        this.analysis = analysis;
        this.cues = cues.stream().map(analysis::words).filter(c -> !c.isEmpty()).distinct().toList();
        Set<String> e = new HashSet<>();
        ends.forEach(w -> e.addAll(analysis.words(w)));
        this.ends = Set.copyOf(e);
    }

    /** The stems of the options the question sets aside (empty when it compares nothing). */
    Set<String> setAside(String question, Spelling spelling) {
        Set<String> out = new HashSet<>();
        for (String clause : CLAUSES.split(question)) {
            List<String> words = analysis.words(spelling.correct(clause));
            for (List<String> cue : cues) {
                int at = Synonyms.at(cue, words);
                if (at >= 0) {
                    out.addAll(analysis.stems(String.join(" ", optionAfter(words, at + cue.size()))));
                }
            }
        }
        return Set.copyOf(out);
    }

    /** The words from {@code from} up to the first end word or the end of the clause. */
    private List<String> optionAfter(List<String> words, int from) {
        int to = from;
        while (to < words.size() && !ends.contains(words.get(to))) {
            to++;
        }
        return words.subList(from, to);
    }
}

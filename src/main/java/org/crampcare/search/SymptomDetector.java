package org.crampcare.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises questions in which the person describes their own warning signs ("my calf is swollen
 * and red"), as opposed to asking about cramps in general ("how long should I ice it").
 *
 * <p>Two things must hold: the question speaks about the person (a personal word such as "my"), and
 * it names a sign phrase from {@code synonyms.yaml} that no negation ("not", "no") shortly precedes.
 */
final class SymptomDetector {
    private static final int NEGATION_WINDOW = 3;

    private final TextAnalysis analysis;
    private final Set<String> personal;
    private final Set<String> negations;
    private final Map<String, List<List<String>>> signs;

    SymptomDetector(TextAnalysis analysis, SearchLexicon lexicon) {
        this.analysis = analysis;
        this.personal = stemSet(analysis, lexicon.personal());
        this.negations = stemSet(analysis, lexicon.negations());
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        lexicon.signs().forEach((item, phrases) -> out.put(item,
                phrases.stream().map(analysis::allStems).filter(p -> !p.isEmpty()).toList()));
        this.signs = java.util.Collections.unmodifiableMap(out);
    }

    /** Whether the question speaks about the person asking ("my calf", "I get"). */
    boolean personal(String question) {
        return analysis.allStems(question).stream().anyMatch(personal::contains);
    }

    /** The interview item ids whose signs the question describes for the person; empty if none. */
    List<String> items(String question) {
        List<String> terms = analysis.allStems(question);
        if (terms.stream().noneMatch(personal::contains)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        signs.forEach((item, phrases) -> {
            if (phrases.stream().anyMatch(p -> affirmed(p, terms))) {
                found.add(item);
            }
        });
        return found;
    }

    private boolean affirmed(List<String> phrase, List<String> terms) {
        for (int i = 0; i + phrase.size() <= terms.size(); i++) {
            if (terms.subList(i, i + phrase.size()).equals(phrase) && !negated(terms, i)) {
                return true;
            }
        }
        return false;
    }

    private boolean negated(List<String> terms, int start) {
        return terms.subList(Math.max(0, start - NEGATION_WINDOW), start).stream().anyMatch(negations::contains);
    }

    private static Set<String> stemSet(TextAnalysis analysis, List<String> words) {
        return words.stream().flatMap(w -> analysis.allStems(w).stream()).collect(Collectors.toUnmodifiableSet());
    }
}

package org.crampcare.search;

import java.util.List;
import java.util.Map;

/**
 * The search vocabulary from {@code synonyms.yaml}: synonym groups, extra stop words and the
 * phrases that reveal a question about the person's own warning signs.
 *
 * @param groups     each inner list holds words or phrases that mean the same for search
 * @param stopWords  words ignored on top of the usual English stop words
 * @param personal   words showing that the person speaks about themselves
 * @param negations  words that, just before a sign phrase, say the sign is absent
 * @param signs      interview item id to the lay phrases for it, in file order
 * @param answerTypes kind of answer ({@code how_long}, {@code why}, ...) to the cue phrases that ask for
 *                    it (empty when the file lists none)
 * @param shorthand   texting shorthand as typed ("rn", "wat") to the plain words it stands for (empty when the
 *                    file lists none)
 * @param contrasts   cue phrases after which a question names an option it sets aside ("instead of"); see
 *                    {@link Contrasts}
 * @param contrastEnds words that end the set-aside option before its clause ends ("for", "when")
 */
record SearchLexicon(List<List<String>> groups, List<String> stopWords, List<String> personal,
                     List<String> negations, Map<String, List<String>> signs, Map<String, List<String>> answerTypes,
                     Map<String, String> shorthand, List<String> contrasts, List<String> contrastEnds) {
    SearchLexicon {
        contrasts = List.copyOf(contrasts);
        contrastEnds = List.copyOf(contrastEnds);
        shorthand = Map.copyOf(shorthand);
        answerTypes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answerTypes));
        groups = groups.stream().map(List::copyOf).toList();
        stopWords = List.copyOf(stopWords);
        personal = List.copyOf(personal);
        negations = List.copyOf(negations);
        signs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(signs));
    }
}

package org.crampcare.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The texts a language's search knows its words from: for spelling correction ({@link Spelling})
 * and for telling a word the knowledge never uses ({@link Unfamiliar}).
 */
final class KnowledgeWords {
    private KnowledgeWords() {
    }

    /** Every text of the entries: titles, texts, steps, questions and keywords. */
    static List<String> ofPassages(List<Passage> passages) {
        List<String> texts = new ArrayList<>();
        for (Passage p : passages) {
            for (Fields f : Fields.values()) {
                texts.addAll(f.of(p));
            }
        }
        return texts;
    }

    /** Every text the knowledge speaks with: its entries, synonyms and warning-sign phrases. */
    static List<String> texts(List<Passage> passages, SearchLexicon lexicon) {
        List<String> texts = ofPassages(passages);
        lexicon.groups().forEach(texts::addAll);
        lexicon.signs().values().forEach(texts::addAll);
        return texts;
    }

    /** The texts with the answer-type cues: words that ask, never name a subject. */
    static List<String> withCues(List<String> known, SearchLexicon lexicon) {
        List<String> texts = new ArrayList<>(known);
        lexicon.answerTypes().values().forEach(texts::addAll);
        return texts;
    }

    /**
     * Every word search knows, so that a misspelling of any of them (a not-covered subject or a subject
     * word too) is corrected, and a correct one is left alone.
     */
    static List<String> withScope(List<String> known, Scope scope) {
        List<String> texts = new ArrayList<>(known);
        scope.notCovered().forEach(r -> r.all().forEach(texts::addAll));
        texts.addAll(scope.subjectWords());
        return texts;
    }
}

package org.crampcare.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.knowledge.Language;

/**
 * The checked search vocabulary of every language: synonyms, stop words, warning-sign words and
 * not-covered subjects, with the knowledge they search.
 *
 * <p>Why a step of its own: loading and checking these files takes milliseconds, building the
 * index from them takes seconds. A server loads the vocabulary at start-up, so a broken file stops
 * the start with every problem named, and builds the search ({@link #build}) once it is listening.
 * Immutable.
 */
public final class SearchVocabulary {
    private final KnowledgeBase kb;
    private final Map<Language, SearchLexicon> lexicons;
    private final Map<Language, Scope> scopes;

    private SearchVocabulary(KnowledgeBase kb, Map<Language, SearchLexicon> lexicons, Map<Language, Scope> scopes) {
        this.kb = kb;
        this.lexicons = Collections.unmodifiableMap(lexicons);
        this.scopes = Collections.unmodifiableMap(scopes);
    }

    /**
     * Loads and checks the vocabulary in {@code files} for every language (the built-in one where
     * the files have none); throws {@code KnowledgeException} listing every problem.
     */
    public static SearchVocabulary load(KnowledgeBase kb, KnowledgeFiles files) {
        Map<Language, SearchLexicon> lexicons = new EnumMap<>(Language.class);
        Map<Language, Scope> scopes = new EnumMap<>(Language.class);
        for (Language language : Language.all()) {
            lexicons.put(language, LexiconLoader.load(files, kb.in(language)));
            scopes.put(language, ScopeLoader.load(files, language));
        }
        return new SearchVocabulary(kb, lexicons, scopes);
    }

    /** The search, ranking by words and, where the language has the model, by meaning: takes seconds. */
    public KnowledgeSearch build() {
        return new KnowledgeSearch(this, true);
    }

    /** The search by words alone, without the embedding model. */
    public KnowledgeSearch byWords() {
        return new KnowledgeSearch(this, false);
    }

    KnowledgeBase knowledge() {
        return kb;
    }

    SearchLexicon lexicon(Language language) {
        return lexicons.get(language);
    }

    Scope scope(Language language) {
        return scopes.get(language);
    }
}

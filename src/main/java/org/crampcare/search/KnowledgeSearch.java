package org.crampcare.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.knowledge.Language;

/**
 * "Ask CrampCare": answers questions in plain words from the knowledge base, best answer first, or
 * gives no answer when the question is about something the knowledge does not cover.
 *
 * <p>One {@link LanguageSearch} per language CrampCare speaks, each reading questions in its own
 * language against the knowledge's texts in that language, with that language's analysis, synonyms
 * ({@code synonyms.yaml}, {@code es/synonyms.yaml}) and not-covered subjects ({@code scope.yaml},
 * {@code es/scope.yaml}). English ranks by words and by meaning (sentence embeddings); the
 * embedding model is English-only and measured no help on Spanish questions, so Spanish ranks by
 * words alone and abstains from a question that names no cramp, spasm or muscle unless one of its
 * best word hits speaks of almost all of it.
 * Immutable and safe to share between threads once built.
 */
public final class KnowledgeSearch {
    /** Languages ranked by meaning as well as by words, when the model is used at all. */
    private static final Set<Language> BY_MEANING = Set.of(Language.EN);

    private final Map<Language, LanguageSearch> byLanguage;

    KnowledgeSearch(SearchVocabulary vocabulary, boolean dense) {
        Map<Language, LanguageSearch> out = new EnumMap<>(Language.class);
        for (Language language : Language.all()) {
            KnowledgeBase in = vocabulary.knowledge().in(language);
            boolean meaning = dense && BY_MEANING.contains(language);
            out.put(language, new LanguageSearch(in, vocabulary.lexicon(language), vocabulary.scope(language),
                    meaning, abstainsOnWords(language)));
        }
        this.byLanguage = Collections.unmodifiableMap(out);
    }

    /** Search over the knowledge base with the built-in search vocabulary. */
    public static KnowledgeSearch build(KnowledgeBase kb) {
        return build(kb, KnowledgeFiles.builtIn());
    }

    /**
     * Search over the knowledge base with the vocabulary in {@code files} (the built-in one when the
     * files have no {@code synonyms.yaml} or {@code scope.yaml}, or none for a language); throws
     * {@code KnowledgeException} listing every problem.
     */
    public static KnowledgeSearch build(KnowledgeBase kb, KnowledgeFiles files) {
        return SearchVocabulary.load(kb, files).build();
    }

    /** Search by words alone, without the embedding model: for comparison and for small machines. */
    public static KnowledgeSearch byWords(KnowledgeBase kb, KnowledgeFiles files) {
        return SearchVocabulary.load(kb, files).byWords();
    }

    /** The best {@code limit} answers to an English question (at least 1), best first; none when not covered. */
    public SearchResult search(String question, int limit) {
        return search(question, limit, Language.base());
    }

    /**
     * The best {@code limit} answers (at least 1) to a question asked in {@code language}, best
     * first, with their texts and the warning signs in that language; none when not covered.
     */
    public SearchResult search(String question, int limit, Language language) {
        return byLanguage.get(language).search(question, limit);
    }

    /**
     * Starts loading the embedding model and embedding the passages on another thread, unless that
     * has started already; takes seconds. A server calls this once its port is open, so the work
     * stays off the start-up path; a search that arrives before it is done waits for it.
     */
    public void warmUp() {
        byLanguage.values().forEach(LanguageSearch::warmUp);
    }

    /**
     * Starts the warm-up unless it has started, then waits until the model has loaded and embedded
     * the passages (or failed to).
     *
     * <p>Why a server waits for it before its process ends: the model runs in native code, and a
     * process that exits while the model is still loading on another thread can crash in that
     * library instead of stopping cleanly.
     */
    public void awaitWarmUp() {
        byLanguage.values().forEach(LanguageSearch::awaitWarmUp);
    }

    /**
     * Whether the language's search abstains by words when it ranks by words alone: Spanish always
     * does (it never has the model); English words-only search, for comparison, answers everything,
     * as it did before Spanish came.
     */
    private static boolean abstainsOnWords(Language language) {
        return switch (language) {
            case EN -> false;
            case ES -> true;
        };
    }
}

package org.crampcare.search;

import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeLoader;

/** The built-in knowledge and its search, built once for all search tests (both are immutable). */
final class SearchFixture {
    static final KnowledgeBase KNOWLEDGE = KnowledgeLoader.builtIn();
    static final KnowledgeSearch SEARCH = KnowledgeSearch.build(KNOWLEDGE);

    private SearchFixture() {
    }

    /** The first answer's id for the question. */
    static String firstId(String question) {
        return SEARCH.search(question, 5).answers().get(0).id();
    }
}

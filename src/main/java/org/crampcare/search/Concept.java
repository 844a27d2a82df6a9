package org.crampcare.search;

import java.util.List;

/**
 * One thing a question asks about: the person's own words for it, and the synonyms that mean the same.
 *
 * <p>A passage is credited for a concept once, through its best match, so a passage that happens
 * to use several synonyms is not favoured over one that uses the person's own word.
 *
 * @param own          stem sequences from the question itself
 * @param alternatives stem sequences of synonyms the question did not use (possibly none)
 */
record Concept(List<List<String>> own, List<List<String>> alternatives) {
    Concept {
        own = own.stream().map(List::copyOf).toList();
        alternatives = alternatives.stream().map(List::copyOf).toList();
    }
}

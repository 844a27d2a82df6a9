package org.crampcare.search;

import java.util.List;

/**
 * What one language's scope file says: the subjects not covered, and the words that show a
 * question is about cramps at all.
 *
 * @param notCovered         the not-covered subjects, in file order
 * @param subjectWords       words naming the knowledge's own subject; empty when the file lists none
 * @param unfamiliarOutside  whether a question is outside the knowledge when it is about a word the
 *                           knowledge never uses ({@link Unfamiliar}); false when the file does not say
 */
record Scope(List<ScopeRule> notCovered, List<String> subjectWords, boolean unfamiliarOutside) {
    Scope {
        notCovered = List.copyOf(notCovered);
        subjectWords = List.copyOf(subjectWords);
    }
}

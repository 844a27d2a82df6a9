package org.crampcare.search;

import java.util.List;

/**
 * What one language's scope file says: the subjects not covered, and the words that show a
 * question is about cramps at all.
 *
 * @param notCovered   the not-covered subjects, in file order
 * @param subjectWords words naming the knowledge's own subject; empty when the file lists none
 */
record Scope(List<ScopeRule> notCovered, List<String> subjectWords) {
    Scope {
        notCovered = List.copyOf(notCovered);
        subjectWords = List.copyOf(subjectWords);
    }
}

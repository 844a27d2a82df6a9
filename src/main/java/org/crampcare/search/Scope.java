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
 * @param bodyWords          the muscles and body parts the knowledge speaks of: a question naming one is
 *                           about a body the knowledge covers, whatever else it says; empty when none listed
 */
record Scope(List<ScopeRule> notCovered, List<String> subjectWords, boolean unfamiliarOutside, List<String> bodyWords) {
    Scope {
        notCovered = List.copyOf(notCovered);
        subjectWords = List.copyOf(subjectWords);
        bodyWords = List.copyOf(bodyWords);
    }
}

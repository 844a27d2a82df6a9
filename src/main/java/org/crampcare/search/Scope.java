package org.crampcare.search;

import java.util.List;

/**
 * What one language's scope file says: the subjects not covered, and the words that show a
 * question is about cramps at all.
 *
 * @param notCovered     the not-covered subjects, in file order
 * @param subjectWords   words naming the knowledge's own subject; empty when the file lists none
 * @param subjectTogether word classes that describe the subject when found together ("se me pone dura"
 *                       with "la pierna"): each element is a list of classes, every one of which must
 *                       have a phrase in the question; empty when the file lists none
 */
record Scope(List<ScopeRule> notCovered, List<String> subjectWords, List<List<List<String>>> subjectTogether) {
    Scope {
        notCovered = List.copyOf(notCovered);
        subjectWords = List.copyOf(subjectWords);
        subjectTogether = subjectTogether.stream().map(all -> all.stream().map(List::copyOf).toList()).toList();
    }
}

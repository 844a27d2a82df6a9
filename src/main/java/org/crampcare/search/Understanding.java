package org.crampcare.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The question-understanding data of {@code understanding.yaml}: answer-type cues, the answer types
 * of entries by id prefix, and the subjects CrampCare does not cover.
 *
 * @param cues       for each answer type, the phrases that show a question asks for it
 * @param entryTypes answer types keyed by the start of an entry id (the longest matching start wins)
 * @param notCovered the out-of-scope subjects, in file order
 */
record Understanding(Map<AnswerType, List<String>> cues, Map<String, Set<AnswerType>> entryTypes,
                     List<ScopeRule> notCovered) {
    Understanding {
        cues = Map.copyOf(cues);
        entryTypes = Map.copyOf(entryTypes);
        notCovered = List.copyOf(notCovered);
    }

    /**
     * One subject outside CrampCare's knowledge.
     *
     * @param subject what the subject is, in words for people
     * @param all     each list must have a phrase in the question
     * @param except  phrases taken out of the question before matching ("charley horse" is no horse)
     * @param unless  phrases that keep the question in scope
     */
    record ScopeRule(String subject, List<List<String>> all, List<String> except, List<String> unless) {
        ScopeRule {
            all = all.stream().map(List::copyOf).toList();
            except = List.copyOf(except);
            unless = List.copyOf(unless);
        }
    }
}

package org.crampcare.search;

import java.util.List;

/**
 * One subject outside CrampCare's knowledge, from {@code scope.yaml}.
 *
 * @param subject what the subject is, in words for people
 * @param all     each list must have a phrase in the question
 * @param except  phrases taken out of the question before matching ("charley horse" is no horse)
 * @param unless  phrases that keep the question in scope
 * @param unlessSubject whether naming the knowledge's own subject keeps the question in scope too (a
 *                      cramp question that mentions a bunion on the side is still a cramp question)
 */
record ScopeRule(String subject, List<List<String>> all, List<String> except, List<String> unless,
                 boolean unlessSubject) {
    ScopeRule {
        all = all.stream().map(List::copyOf).toList();
        except = List.copyOf(except);
        unless = List.copyOf(unless);
    }
}

package org.crampcare.search;

import java.util.List;

/**
 * The answers to one question, best first.
 *
 * @param query             the question as asked
 * @param answers           the best self-contained answer first, then related passages
 * @param describesSymptoms whether the question describes the person's own warning signs; if so,
 *                          the assessment should be offered and {@code warningSigns} shown first
 * @param warningSigns      the matching warning signs, most urgent first (empty unless described)
 */
public record SearchResult(String query, List<SearchAnswer> answers, boolean describesSymptoms,
                           List<WarningSign> warningSigns) {
    public SearchResult {
        answers = List.copyOf(answers);
        warningSigns = List.copyOf(warningSigns);
    }
}

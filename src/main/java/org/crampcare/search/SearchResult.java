package org.crampcare.search;

import java.util.List;

/**
 * The answers to one question.
 *
 * @param query             the question as asked
 * @param answers           the best self-contained answer first, then related passages; empty when
 *                          the knowledge does not cover the question
 * @param describesSymptoms whether the question describes the person's own warning signs; if so,
 *                          the assessment should be offered and {@code warningSigns} shown first
 * @param warningSigns      the matching warning signs, most urgent first (empty unless described)
 * @param notCovered        null when the question is answered; otherwise why not: the subject
 *                          CrampCare does not cover (e.g. "doses of medicines and supplements"), or
 *                          an empty string when nothing in the knowledge answers it well enough
 * @param personal          whether the question speaks about the person asking ("my calf", "I get"),
 *                          so that a question left unanswered can still show the emergency signs
 */
public record SearchResult(String query, List<SearchAnswer> answers, boolean describesSymptoms,
                           List<WarningSign> warningSigns, String notCovered, boolean personal) {
    public SearchResult {
        answers = List.copyOf(answers);
        warningSigns = List.copyOf(warningSigns);
    }

    /** Whether the knowledge answers the question (answers are given). */
    public boolean covered() {
        return notCovered == null;
    }
}

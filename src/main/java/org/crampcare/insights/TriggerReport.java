package org.crampcare.insights;

import java.util.List;

/**
 * The trigger analysis: factors linked with more cramps, with fewer, with no clear link, and not yet testable.
 *
 * @param checkInDays     check-in days in the period
 * @param testsRun        how many comparisons were run (the Benjamini–Hochberg correction covers all of them)
 * @param linkedMore      factors linked with more cramps, strongest evidence first
 * @param linkedFewer     factors linked with fewer cramps, strongest evidence first
 * @param noClearLink     factors compared without a clear difference
 * @param notEnoughData   factors that need more days before they can be compared
 * @param method          how the comparison works, in plain words
 */
public record TriggerReport(int checkInDays, int testsRun, List<FactorResult> linkedMore,
                            List<FactorResult> linkedFewer, List<FactorResult> noClearLink,
                            List<NotEnoughData> notEnoughData, String method) {
    public TriggerReport {
        linkedMore = List.copyOf(linkedMore);
        linkedFewer = List.copyOf(linkedFewer);
        noClearLink = List.copyOf(noClearLink);
        notEnoughData = List.copyOf(notEnoughData);
    }
}

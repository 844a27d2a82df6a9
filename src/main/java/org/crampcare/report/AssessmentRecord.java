package org.crampcare.report;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One saved assessment for the report's history, decoupled from the triage types.
 *
 * @param at            when the assessment was made, in the person's zone
 * @param level         the triage level's name, e.g. {@code APPOINTMENT}
 * @param ruleIds       the rules that fired, e.g. {@code A2}
 * @param explanations  each fired rule's plain explanation, in the same order
 */
public record AssessmentRecord(ZonedDateTime at, String level, List<String> ruleIds, List<String> explanations) {
    public AssessmentRecord {
        ruleIds = List.copyOf(ruleIds);
        explanations = List.copyOf(explanations);
    }
}

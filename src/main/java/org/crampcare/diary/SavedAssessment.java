package org.crampcare.diary;

import java.time.Instant;
import java.util.List;
import org.crampcare.knowledge.TriageLevel;

/**
 * An assessment result kept in the diary.
 *
 * @param ruleIds    the rules that fired, highest level first
 * @param resultJson the contract output JSON exactly as it was shown
 */
public record SavedAssessment(long id, Instant takenAt, TriageLevel level, List<String> ruleIds, String resultJson) {
    public SavedAssessment {
        ruleIds = List.copyOf(ruleIds);
    }

    /** Leaves the answers out, so a log line can never carry health details by accident. */
    @Override
    public String toString() {
        return "SavedAssessment[id=" + id + ", level=" + level + "]";
    }
}

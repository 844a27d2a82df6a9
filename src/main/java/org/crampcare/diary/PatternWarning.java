package org.crampcare.diary;

import java.util.List;
import org.crampcare.knowledge.Source;
import org.crampcare.knowledge.TriageLevel;

/**
 * A triage rule the recent diary meets, with the rule's own explanation and sources from the knowledge.
 *
 * @param finding         what in the diary meets the rule, in English, e.g. "14 cramps in the last 4 weeks"
 * @param cramps          how many cramps meet it (all cramps for A2, the long ones for A3, those in sleep for A8)
 * @param weeks           the weeks looked at
 * @param longestMinutes  the longest cramp of the weeks in whole minutes, rounded up
 */
public record PatternWarning(String ruleId, TriageLevel level, String explanation, String finding,
                             List<Source> sources, long cramps, int weeks, long longestMinutes) {
    public PatternWarning {
        sources = List.copyOf(sources);
    }
}

package org.crampcare.diary;

import java.util.List;
import org.crampcare.knowledge.Source;
import org.crampcare.knowledge.TriageLevel;

/**
 * A triage rule the recent diary meets, with the rule's own explanation and sources from the knowledge.
 *
 * @param finding what in the diary meets the rule, e.g. "14 cramps in the last 4 weeks"
 */
public record PatternWarning(String ruleId, TriageLevel level, String explanation, String finding,
                             List<Source> sources) {
    public PatternWarning {
        sources = List.copyOf(sources);
    }
}

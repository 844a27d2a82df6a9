package org.crampcare.search;

import java.util.List;
import org.crampcare.knowledge.TriageLevel;

/**
 * A warning sign of the triage policy that a question seems to describe.
 *
 * @param rule        the triage rule id, e.g. {@code U1}
 * @param level       the level the rule gives
 * @param label       the level's name for people, e.g. "Urgent"
 * @param explanation what the sign is, in the rule's words
 * @param action      what the person should do at that level
 * @param sources     the source ids behind the rule
 */
public record WarningSign(String rule, TriageLevel level, String label, String explanation, String action,
                          List<String> sources) {
    public WarningSign {
        sources = List.copyOf(sources);
    }
}

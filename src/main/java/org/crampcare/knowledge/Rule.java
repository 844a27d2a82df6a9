package org.crampcare.knowledge;

import java.util.List;

/** One triage rule of the policy: when its condition holds, the level is at least {@code level}. */
public record Rule(String id, TriageLevel level, Condition when, String explanation, List<String> sources) {
    public Rule {
        sources = List.copyOf(sources);
    }

    /** The item ids the rule reads. */
    public List<String> items() {
        return when.items();
    }
}

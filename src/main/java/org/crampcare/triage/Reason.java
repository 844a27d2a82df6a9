package org.crampcare.triage;

import java.util.List;
import org.crampcare.knowledge.TriageLevel;

/** A rule that fired: which items it read, its level, a plain explanation and its sources. */
public record Reason(String rule, List<String> items, TriageLevel level, String explanation, List<String> sources) {
    public Reason {
        items = List.copyOf(items);
        sources = List.copyOf(sources);
    }
}

package org.crampcare.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The emergency signs of the triage policy, as questions a person can answer for themselves, with
 * what to do when one is true.
 *
 * <p>Shown when a question is left unanswered but speaks about the person's own health: whatever
 * they asked, they should not miss the signs that need help now.
 *
 * @param signs   the questions of the items that emergency rules read, in policy order
 * @param action  what to do, in the emergency level's words
 * @param sources the source ids behind those rules
 */
public record EmergencySigns(List<String> signs, String action, List<String> sources) {
    public EmergencySigns {
        signs = List.copyOf(signs);
        sources = List.copyOf(sources);
    }

    /** The emergency signs of the knowledge base's policy. */
    public static EmergencySigns of(KnowledgeBase kb) {
        List<String> signs = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (Rule r : kb.rules()) {
            if (r.level() == TriageLevel.EMERGENCY) {
                r.items().forEach(id -> kb.item(id).ifPresent(i -> signs.add(i.question())));
                sources.addAll(r.sources());
            }
        }
        return new EmergencySigns(signs, kb.level(TriageLevel.EMERGENCY).action(), List.copyOf(sources));
    }
}

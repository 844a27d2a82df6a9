package org.crampcare.triage;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crampcare.knowledge.Item;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Rule;
import org.crampcare.knowledge.TriageLevel;

/**
 * Runs the triage rules of the knowledge base over normalised answers.
 *
 * <p>The level is the highest level of any fired rule. Missing answers never fire a rule and never
 * lower a level: they only keep the result incomplete while they could still raise it. Stateless
 * and thread-safe.
 */
final class TriageEngine {
    private final KnowledgeBase knowledge;

    TriageEngine(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * Evaluates the rules.
     *
     * @param skipped items the person chose not to answer ("I don't know"); they stay unanswered
     *                but are not offered as the next question again
     */
    TriageOutcome evaluate(Map<String, Object> answers, Set<String> skipped) {
        List<Rule> fired = knowledge.rules().stream().filter(r -> r.when().test(answers)).toList();
        TriageLevel level = fired.stream().map(Rule::level).max(Comparator.comparingInt(TriageLevel::rank))
                .orElse(TriageLevel.SELF_CARE);
        List<Reason> reasons = fired.stream()
                .sorted(Comparator.comparingInt((Rule r) -> -r.level().rank()))
                .map(r -> new Reason(r.id(), r.items(), r.level(), r.explanation(), r.sources()))
                .toList();
        List<Item> open = knowledge.items().stream()
                .filter(i -> !answers.containsKey(i.id()) && couldRaise(i, level, fired))
                .toList();
        Item next = open.stream().filter(i -> !skipped.contains(i.id())).findFirst().orElse(null);
        return new TriageOutcome(level, reasons, open.isEmpty(), next);
    }

    /** Whether an answer to the item could fire a rule above the current level. */
    private boolean couldRaise(Item item, TriageLevel level, List<Rule> fired) {
        return knowledge.rules().stream().anyMatch(r -> r.level().above(level) && !fired.contains(r)
                && r.items().contains(item.id()));
    }
}

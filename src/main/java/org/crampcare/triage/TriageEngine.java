package org.crampcare.triage;

import java.util.ArrayList;
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
 * and thread-safe; which rules read which item is worked out once, up front.
 */
final class TriageEngine {
    private static final Comparator<Reason> HIGHEST_FIRST = Comparator.comparingInt(r -> -r.level().rank());

    private final List<Rule> rules;
    private final List<Reason> reasons;
    private final List<Item> items;
    private final int[][] rulesReading;

    TriageEngine(KnowledgeBase knowledge) {
        this.rules = knowledge.rules();
        this.reasons = rules.stream().map(Reason::of).toList();
        this.items = knowledge.items();
        this.rulesReading = new int[items.size()][];
        for (int i = 0; i < items.size(); i++) {
            String id = items.get(i).id();
            rulesReading[i] = java.util.stream.IntStream.range(0, rules.size())
                    .filter(r -> rules.get(r).items().contains(id)).toArray();
        }
    }

    /**
     * Evaluates the rules.
     *
     * @param skipped items the person chose not to answer ("I don't know"); they stay unanswered
     *                but are not offered as the next question again
     * @param first   items to ask before all others when they are still open (signs the text
     *                hinted at); among them, and among the rest, the policy's order holds
     */
    TriageOutcome evaluate(Map<String, Object> answers, Set<String> skipped, Set<String> first) {
        boolean[] fired = new boolean[rules.size()];
        List<Reason> firedReasons = new ArrayList<>();
        TriageLevel level = TriageLevel.SELF_CARE;
        for (int r = 0; r < rules.size(); r++) {
            if (rules.get(r).when().test(answers)) {
                fired[r] = true;
                firedReasons.add(reasons.get(r));
                level = rules.get(r).level().above(level) ? rules.get(r).level() : level;
            }
        }
        firedReasons.sort(HIGHEST_FIRST);
        boolean complete = true;
        Item next = null;
        Item confirmNext = null;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (!answers.containsKey(item.id()) && couldRaise(i, level, fired)) {
                complete = false;
                if (next == null && !skipped.contains(item.id())) {
                    next = item;
                }
                if (confirmNext == null && first.contains(item.id()) && !skipped.contains(item.id())) {
                    confirmNext = item;
                }
            }
        }
        return new TriageOutcome(level, List.copyOf(firedReasons), complete, confirmNext != null ? confirmNext : next);
    }

    /** Whether an answer to item {@code i} could fire a rule above the current level. */
    private boolean couldRaise(int i, TriageLevel level, boolean[] fired) {
        for (int r : rulesReading[i]) {
            if (!fired[r] && rules.get(r).level().above(level)) {
                return true;
            }
        }
        return false;
    }
}

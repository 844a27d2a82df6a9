package org.crampcare.selfcare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.LevelInfo;
import org.crampcare.knowledge.Phrases;
import org.crampcare.knowledge.TriageLevel;

/**
 * Picks the advice that fits a person from the knowledge base.
 *
 * <p>Selection is data: an entry with a {@code when} condition is shown when it holds, an entry
 * without one is shown to everybody. Relief steps are withheld at URGENT and EMERGENCY because
 * massaging or heating a swollen, red, warm or numb limb could do harm before a clinician has
 * looked at it (hazard H-05 in docs/safety/hazard-log.md). For people who may be on a fluid limit
 * (the hydration file's {@code withholdWhen}), daily amounts and every entry marked
 * {@code fluidIntake} are left out by that one test (H-12). Stateless and thread-safe.
 */
public final class AdviceBuilder {
    private final KnowledgeBase knowledge;
    private final String reliefWithheld;
    private final TopicAdvice relief;
    private final TopicAdvice prevention;
    private final TopicAdvice factors;
    private final TopicAdvice providerAsks;
    private final TopicAdvice providerToAsk;
    private final FluidChoices fluids;

    /** An advice builder over the given knowledge, in the knowledge's language. */
    public AdviceBuilder(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.reliefWithheld = Phrases.reliefWithheld(knowledge.language());
        this.relief = topic("relief");
        this.prevention = topic("prevention");
        this.factors = topic("factors");
        this.providerAsks = topic("provider").group("asks");
        this.providerToAsk = topic("provider").group("ask-them");
        this.fluids = new FluidChoices(knowledge.hydration());
    }

    private TopicAdvice topic(String id) {
        return knowledge.topic(id).map(TopicAdvice::new).orElseGet(TopicAdvice::empty);
    }

    /** Advice for these normalised answers at this triage level. */
    public Advice build(Map<String, Object> answers, TriageLevel level) {
        LevelInfo info = knowledge.level(level);
        Action action = new Action(level, info.label(), info.action());
        if (level == TriageLevel.EMERGENCY) {
            return new Advice(action, List.of(), reliefWithheld, List.of(), List.of(), null, List.of(), List.of(),
                    List.of());
        }
        boolean urgent = level == TriageLevel.URGENT;
        boolean fluidLimit = fluids.fluidLimit(answers);
        List<AdviceItem> steps = urgent ? List.of() : relief.personalFirst(answers, fluidLimit);
        List<AdviceItem> plan = prevention.personalFirst(answers, fluidLimit);
        List<AdviceItem> possible = factors.personal(answers, fluidLimit);
        return new Advice(action, steps, urgent ? reliefWithheld : null, plan, possible,
                fluids.pick(answers, fluidLimit), providerAsks.personalFirst(answers, fluidLimit),
                providerToAsk.personalFirst(answers, fluidLimit), caveats(steps, plan, possible));
    }

    /** The caveats of the steps, plan and factors shown, once each, in that order. */
    private static List<String> caveats(List<AdviceItem> steps, List<AdviceItem> plan, List<AdviceItem> possible) {
        Set<String> out = new LinkedHashSet<>();
        for (List<AdviceItem> items : List.of(steps, plan, possible)) {
            for (AdviceItem item : items) {
                if (item.shownCaveat() != null) {
                    out.add(item.shownCaveat());
                }
            }
        }
        return List.copyOf(out);
    }
}

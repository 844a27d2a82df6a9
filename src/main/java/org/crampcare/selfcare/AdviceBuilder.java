package org.crampcare.selfcare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.crampcare.knowledge.ContentEntry;
import org.crampcare.knowledge.FluidTarget;
import org.crampcare.knowledge.Hydration;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.LevelInfo;
import org.crampcare.knowledge.TriageLevel;

/**
 * Picks the advice that fits a person from the knowledge base.
 *
 * <p>Selection is data: an entry with a {@code when} condition is shown when it holds, an entry
 * without one is shown to everybody. Relief steps are withheld at URGENT and EMERGENCY because
 * massaging or heating a swollen, red, warm or numb limb could do harm before a clinician has
 * looked at it (hazard H-05 in docs/safety/hazard-log.md). Stateless and thread-safe.
 */
public final class AdviceBuilder {
    static final String RELIEF_WITHHELD = "Relief steps are not shown because your answers include a warning"
            + " sign. Get the help described above first; a clinician can tell you which home measures are safe.";

    private final KnowledgeBase knowledge;
    private final TopicAdvice relief;
    private final TopicAdvice prevention;
    private final TopicAdvice factors;
    private final TopicAdvice providerAsks;
    private final TopicAdvice providerToAsk;

    /** An advice builder over the given knowledge. */
    public AdviceBuilder(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.relief = topic("relief");
        this.prevention = topic("prevention");
        this.factors = topic("factors");
        this.providerAsks = topic("provider").group("asks");
        this.providerToAsk = topic("provider").group("ask-them");
    }

    private TopicAdvice topic(String id) {
        return knowledge.topic(id).map(TopicAdvice::new).orElseGet(TopicAdvice::empty);
    }

    /** Advice for these normalised answers at this triage level. */
    public Advice build(Map<String, Object> answers, TriageLevel level) {
        LevelInfo info = knowledge.level(level);
        Action action = new Action(level, info.label(), info.action());
        if (level == TriageLevel.EMERGENCY) {
            return new Advice(action, List.of(), RELIEF_WITHHELD, List.of(), List.of(), null, List.of(), List.of(),
                    List.of());
        }
        boolean urgent = level == TriageLevel.URGENT;
        List<ContentEntry> steps = urgent ? List.of() : relief.personalFirst(answers, e -> true);
        List<ContentEntry> plan = prevention.personalFirst(answers, e -> true);
        List<ContentEntry> possible = factors.personal(answers, e -> true);
        List<ContentEntry> asks = providerAsks.personalFirst(answers, e -> true);
        List<ContentEntry> toAsk = providerToAsk.personalFirst(answers, e -> true);
        List<String> caveats = caveats(Stream.of(steps, plan, possible).flatMap(List::stream));
        return new Advice(action, items(relief, steps), urgent ? RELIEF_WITHHELD : null, items(prevention, plan),
                items(factors, possible), fluids(answers), items(providerAsks, asks), items(providerToAsk, toAsk), caveats);
    }

    private FluidAdvice fluids(Map<String, Object> answers) {
        Hydration h = knowledge.hydration();
        if (h.withholdWhen() != null && h.withholdWhen().test(answers)) {
            return new FluidAdvice(true, true, List.of(), h.fromDrinksPercent(), h.withheldNote(), h.sources());
        }
        List<FluidTarget> fitting = h.targets().stream()
                .filter(t -> t.when() != null && t.when().test(answers)).limit(1).toList();
        boolean personal = !fitting.isEmpty();
        List<FluidTarget> shown = personal ? fitting
                : h.targets().stream().filter(t -> t.when() != null && t.when().items().contains("sex")).toList();
        return new FluidAdvice(personal, false, shown.stream().map(t -> target(t, h.fromDrinksPercent())).toList(),
                h.fromDrinksPercent(), h.note(), h.sources());
    }

    private static FluidAdvice.Target target(FluidTarget t, int fromDrinksPercent) {
        double fromDrinks = Math.round(t.litres() * fromDrinksPercent / 10.0) / 10.0;
        return new FluidAdvice.Target(t.id(), t.label(), t.litres(), t.ounces(), t.glasses(), fromDrinks);
    }

    private static List<String> caveats(Stream<ContentEntry> shown) {
        Set<String> out = new LinkedHashSet<>();
        shown.filter(e -> e.evidence().needsCaveat() && e.caveat() != null).forEach(e -> out.add(e.caveat()));
        return List.copyOf(out);
    }

    private static List<AdviceItem> items(TopicAdvice topic, List<ContentEntry> entries) {
        return entries.stream().map(topic::item).toList();
    }
}

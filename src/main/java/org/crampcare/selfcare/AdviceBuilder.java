package org.crampcare.selfcare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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

    /** An advice builder over the given knowledge. */
    public AdviceBuilder(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
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
        List<ContentEntry> relief = urgent ? List.of() : relief(answers);
        List<ContentEntry> prevention = personalFirst("prevention", answers, e -> true);
        List<ContentEntry> factors = matching("factors", answers, e -> !e.general());
        List<ContentEntry> asks = personalFirst("provider", answers, e -> "asks".equals(e.group()));
        List<ContentEntry> toAsk = personalFirst("provider", answers, e -> "ask-them".equals(e.group()));
        List<String> caveats = caveats(Stream.of(relief, prevention, factors).flatMap(List::stream));
        return new Advice(action, items(relief), urgent ? RELIEF_WITHHELD : null, items(prevention), items(factors),
                fluids(answers), items(asks), items(toAsk), caveats);
    }

    /** Relief for the person's muscles first, then the steps that help any cramp. */
    private List<ContentEntry> relief(Map<String, Object> answers) {
        return personalFirst("relief", answers, e -> true);
    }

    private List<ContentEntry> personalFirst(String topic, Map<String, Object> answers, Predicate<ContentEntry> keep) {
        List<ContentEntry> personal = matching(topic, answers, e -> !e.general() && keep.test(e));
        List<ContentEntry> general = matching(topic, answers, e -> e.general() && keep.test(e));
        return Stream.concat(personal.stream(), general.stream()).toList();
    }

    private List<ContentEntry> matching(String topic, Map<String, Object> answers, Predicate<ContentEntry> keep) {
        return knowledge.topic(topic).stream().flatMap(t -> t.entries().stream())
                .filter(keep)
                .filter(e -> e.general() || e.when().test(answers))
                .toList();
    }

    private FluidAdvice fluids(Map<String, Object> answers) {
        Hydration h = knowledge.hydration();
        List<FluidTarget> fitting = h.targets().stream()
                .filter(t -> t.when() != null && t.when().test(answers)).limit(1).toList();
        boolean personal = !fitting.isEmpty();
        List<FluidTarget> shown = personal ? fitting
                : h.targets().stream().filter(t -> t.when() != null && t.when().items().contains("sex")).toList();
        return new FluidAdvice(personal, shown.stream().map(t -> target(t, h.fromDrinksPercent())).toList(),
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

    private static List<AdviceItem> items(List<ContentEntry> entries) {
        return entries.stream().map(AdviceItem::of).toList();
    }
}

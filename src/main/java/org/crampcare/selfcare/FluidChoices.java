package org.crampcare.selfcare;

import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.Condition;
import org.crampcare.knowledge.FluidTarget;
import org.crampcare.knowledge.Hydration;

/**
 * Every fluid advice a person can get, made once; picking one is a few condition tests.
 *
 * <p>Amounts are withheld when the hydration file's {@code withholdWhen} holds (a possible fluid
 * limit, hazard H-12); the advice builder uses the same test to leave out fluid-intake entries. Otherwise the first target whose condition fits the person is shown; with
 * none fitting, both adult references (the targets that depend on sex) are shown as general.
 */
final class FluidChoices {
    private final Condition withholdWhen;
    private final FluidAdvice withheld;
    private final List<Choice> personal;
    private final FluidAdvice general;

    private record Choice(Condition when, FluidAdvice advice) {
    }

    FluidChoices(Hydration h) {
        this.withholdWhen = h.withholdWhen();
        this.withheld = new FluidAdvice(true, true, List.of(), h.fromDrinksPercent(), h.withheldNote(), h.sources());
        this.personal = h.targets().stream().filter(t -> t.when() != null)
                .map(t -> new Choice(t.when(), advice(h, true, List.of(t)))).toList();
        this.general = advice(h, false, h.targets().stream()
                .filter(t -> t.when() != null && t.when().items().contains("sex")).toList());
    }

    /**
     * Whether the person may be on a fluid limit (the hydration file's {@code withholdWhen} holds):
     * then no amount is shown, and no advice entry that urges drinking more either.
     */
    boolean fluidLimit(Map<String, Object> answers) {
        return withholdWhen != null && withholdWhen.test(answers);
    }

    /** The fluid advice for these normalised answers; {@code fluidLimit} as {@link #fluidLimit} says. */
    FluidAdvice pick(Map<String, Object> answers, boolean fluidLimit) {
        if (fluidLimit) {
            return withheld;
        }
        for (Choice c : personal) {
            if (c.when().test(answers)) {
                return c.advice();
            }
        }
        return general;
    }

    private static FluidAdvice advice(Hydration h, boolean personal, List<FluidTarget> targets) {
        return new FluidAdvice(personal, false, targets.stream().map(t -> target(t, h.fromDrinksPercent())).toList(),
                h.fromDrinksPercent(), h.note(), h.sources());
    }

    private static FluidAdvice.Target target(FluidTarget t, int fromDrinksPercent) {
        double fromDrinks = Math.round(t.litres() * fromDrinksPercent / 10.0) / 10.0;
        return new FluidAdvice.Target(t.id(), t.label(), t.litres(), t.ounces(), t.glasses(), fromDrinks);
    }
}

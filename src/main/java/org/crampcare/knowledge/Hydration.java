package org.crampcare.knowledge;

import java.util.List;

/** The daily fluid reference: targets by group, and how much of it usually comes from drinks. */
public record Hydration(int fromDrinksPercent, int glassMillilitres, String note, List<String> sources,
                        List<FluidTarget> targets) {
    public Hydration {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }
}

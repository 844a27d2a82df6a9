package org.crampcare.knowledge;

import java.util.List;

/**
 * The daily fluid reference: targets by group, and how much of it usually comes from drinks.
 *
 * @param withholdWhen when this holds no amount is shown (people often on a fluid limit), or null
 */
public record Hydration(int fromDrinksPercent, String note, List<String> sources,
                        List<FluidTarget> targets, Condition withholdWhen, String withheldNote) {
    public Hydration {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }
}

package org.crampcare.selfcare;

import java.util.List;

/**
 * The daily fluid reference that fits the person, or both adult references when sex is unknown.
 *
 * @param personal whether the targets were picked from the person's own answers
 * @param withheld whether amounts are withheld because the person may be on a fluid limit
 *                 (then {@code targets} is empty and {@code note} says why)
 */
public record FluidAdvice(boolean personal, boolean withheld, List<Target> targets, int fromDrinksPercent, String note,
                          List<String> sources) {
    public FluidAdvice {
        targets = List.copyOf(targets);
        sources = List.copyOf(sources);
    }

    /** One reference amount in litres, US fluid ounces and glasses. */
    public record Target(String id, String label, double litres, double ounces, double glasses,
                         double litresFromDrinks) {
    }
}

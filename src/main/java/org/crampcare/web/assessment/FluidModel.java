package org.crampcare.web.assessment;

import java.util.List;
import org.crampcare.selfcare.FluidAdvice;
import org.crampcare.web.kit.SourceLink;

/**
 * The daily fluid reference as shown on the result page.
 *
 * <p>Public because the precompiled templates live in another package.
 */
public record FluidModel(boolean personal, List<FluidAdvice.Target> targets, int fromDrinksPercent, String note,
                         List<SourceLink> sources) {

    /** An amount for people: "125" rather than "125.0", "2.7" as it is. */
    public String amount(double value) {
        return StepBuilder.plain(value);
    }
}

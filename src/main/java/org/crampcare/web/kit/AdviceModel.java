package org.crampcare.web.kit;

import java.util.List;

/**
 * One piece of advice or knowledge as shown on a page.
 *
 * <p>Public because the precompiled templates live in another package.
 *
 * @param group    the entry's group in its topic (first-steps, stretch, heat-ice...), or null
 * @param caveat   the evidence caveat to show beside it, or null
 * @param timerMin shortest suggested heat/ice time in minutes, or 0 when it has no timer
 * @param timerMax longest suggested heat/ice time in minutes, or 0
 */
public record AdviceModel(String id, String group, String title, String text, List<String> steps, String caveat,
                          List<SourceLink> sources, int timerMin, int timerMax) {

    /**
     * Whether relief advice is shown open: first steps, stretches (picked for the person's muscles)
     * and heat or ice with a timer. The rest is folded so the first screens stay short.
     */
    public boolean prominent() {
        return "first-steps".equals(group) || "stretch".equals(group) || hasTimer();
    }

    /** Whether a heat/ice timer goes with this advice. */
    public boolean hasTimer() {
        return timerMin > 0;
    }

    /** An HTML id derived from the entry id. */
    public String anchor() {
        return id.replace('.', '-');
    }
}

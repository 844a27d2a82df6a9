package org.crampcare.web;

import java.util.List;

/**
 * One piece of advice or knowledge as shown on a page.
 *
 * <p>Public because the precompiled templates live in another package.
 *
 * @param caveat   the evidence caveat to show beside it, or null
 * @param timerMin shortest suggested heat/ice time in minutes, or 0 when it has no timer
 * @param timerMax longest suggested heat/ice time in minutes, or 0
 */
public record AdviceModel(String id, String title, String text, List<String> steps, String caveat,
                          List<SourceLink> sources, int timerMin, int timerMax) {

    /** Whether a heat/ice timer goes with this advice. */
    public boolean hasTimer() {
        return timerMin > 0;
    }

    /** An HTML id derived from the entry id. */
    public String anchor() {
        return id.replace('.', '-');
    }
}

package org.crampcare.triage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds answer maps for tests: every triage item answered "nothing wrong", then overridden. */
final class Answers {
    private Answers() {
    }

    /** All emergency, urgent and appointment items answered with values that fire nothing. */
    static Map<String, Object> allClear() {
        Map<String, Object> a = new LinkedHashMap<>();
        for (String id : List.of("unbearable_pain", "all_over_body", "toxin_exposure", "swelling", "redness", "warmth",
                "numbness", "skin_changes", "severe_pain_persists", "no_relief_from_stretching", "weakness", "tingling",
                "poor_coordination", "wakes_at_night", "walking_cramps_ease_with_rest", "interferes_with_daily_life")) {
            a.put(id, false);
        }
        a.put("pain_score", 3);
        a.put("episodes_per_week", 1);
        a.put("episode_minutes", 2);
        a.put("conditions", List.of());
        a.put("medications", List.of());
        return a;
    }

    /** {@link #allClear()} with one item changed. */
    static Map<String, Object> allClearWith(String id, Object value) {
        Map<String, Object> a = allClear();
        a.put(id, value);
        return a;
    }
}

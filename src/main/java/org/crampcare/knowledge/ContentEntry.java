package org.crampcare.knowledge;

import java.util.List;

/**
 * One piece of content in CrampCare's own words: a fact, a relief step or a tip, with its sources.
 *
 * @param when     when present, the entry is personal advice shown only if this holds
 * @param timerMinutes a suggested timer range in minutes (heat and ice), or an empty list
 */
public record ContentEntry(String id, String topic, String title, String group, String text,
                           List<String> steps, Condition when, Evidence evidence, String caveat,
                           List<Integer> timerMinutes, List<String> sources, List<String> questions,
                           List<String> keywords) {
    public ContentEntry {
        steps = List.copyOf(steps);
        timerMinutes = List.copyOf(timerMinutes);
        sources = List.copyOf(sources);
        questions = List.copyOf(questions);
        keywords = List.copyOf(keywords);
    }

    /** Whether the entry applies to everybody rather than to a matching person only. */
    public boolean general() {
        return when == null;
    }
}

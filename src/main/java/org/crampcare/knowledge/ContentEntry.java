package org.crampcare.knowledge;

import java.util.List;

/**
 * One piece of content in CrampCare's own words: a fact, a relief step or a tip, with its sources.
 *
 * @param when         when present, the entry is personal advice shown only if this holds
 * @param evidence     how well the sources support it ({@link Evidence#NONE} for a practical tip)
 * @param timerMinutes a suggested timer range in minutes (heat and ice), or an empty list
 * @param sources      the source ids it rests on; empty for a practical tip
 * @param basis        whether it rests on its sources or is CrampCare's own practical tip
 * @param fluidIntake  whether it gives a fluid amount or urges drinking more; such entries are left
 *                     out for people the hydration file's {@code withholdWhen} covers (hazard H-12)
 */
public record ContentEntry(String id, String topic, String title, String group, String text,
                           List<String> steps, Condition when, Evidence evidence, String caveat,
                           List<Integer> timerMinutes, List<String> sources, List<String> questions,
                           List<String> keywords, Basis basis, boolean fluidIntake) {
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

    /** Whether the entry is CrampCare's own practical tip rather than sourced content. */
    public boolean tip() {
        return basis == Basis.PRACTICAL_TIP;
    }
}

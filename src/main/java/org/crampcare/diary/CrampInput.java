package org.crampcare.diary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A cramp as a person enters it, before checking: every field may be missing, so "log a cramp now"
 * can send nothing at all and details can be added later by an edit.
 *
 * <p>Words are given as their spellings (see {@link Muscle}, {@link Side}, {@link Activity},
 * {@link Relief}) so that a wrong one is reported with its field name.
 *
 * @param when            when it began; null means now
 * @param zone            the person's IANA time zone, e.g. {@code Europe/Berlin}; null means UTC
 * @param muscles         the muscles ({@link Muscle} values); null means none chosen yet
 * @param side            {@link Side} value or null
 * @param durationSeconds how long it lasted, 1 to 86400 seconds, or null
 * @param pain            pain from 0 to 10, or null
 * @param activities      what was happening ({@link Activity} values); null means not given
 * @param relief          what helped ({@link Relief} value to how much, 0 to 3); null means not given
 * @param note            free text up to {@value DiaryRules#MAX_NOTE} characters, or null
 */
public record CrampInput(Instant when, String zone, List<String> muscles, String side, Integer durationSeconds,
                         Integer pain, List<String> activities, Map<String, Integer> relief, String note) {
    /** "Log a cramp now" with nothing else known. */
    public static CrampInput now() {
        return new CrampInput(null, null, null, null, null, null, null, null, null);
    }

    /** "Log a cramp now" in one muscle. */
    public static CrampInput now(String muscle, String zone) {
        return new CrampInput(null, zone, List.of(muscle), null, null, null, null, null, null);
    }

    /** Leaves the answers out, so a log line can never carry health details by accident. */
    @Override
    public String toString() {
        return "CrampInput[...]";
    }
}

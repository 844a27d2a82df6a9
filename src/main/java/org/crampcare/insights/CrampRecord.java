package org.crampcare.insights;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * One cramp as the analysis sees it, decoupled from storage; null fields were not recorded.
 *
 * <p>Words are the diary's lower-case values ({@code calf}, {@code asleep}, {@code stretch}), so a diary
 * adapter only copies fields. The start carries the person's zone, so days and hours are the person's own.
 *
 * @param start           when the cramp began, in the person's zone
 * @param muscles         where it was, e.g. {@code calf}
 * @param side            {@code left}, {@code right}, {@code both} or {@code none}
 * @param durationSeconds how long it lasted
 * @param pain            0 to 10
 * @param activities      what was happening, e.g. {@code asleep}, {@code walking}
 * @param helped          what the person tried, each with how much it helped (0 to 3)
 * @param note            the person's own words
 */
public record CrampRecord(ZonedDateTime start, List<String> muscles, String side, Integer durationSeconds,
                          Integer pain, List<String> activities, Map<String, Integer> helped, String note) {
    public CrampRecord {
        if (start == null) {
            throw new IllegalArgumentException("start is required");
        }
        if (pain != null && (pain < 0 || pain > 10)) {
            throw new IllegalArgumentException("pain must be 0 to 10, got " + pain);
        }
        if (durationSeconds != null && durationSeconds < 0) {
            throw new IllegalArgumentException("durationSeconds must not be negative, got " + durationSeconds);
        }
        muscles = muscles == null ? List.of() : List.copyOf(muscles);
        activities = activities == null ? List.of() : List.copyOf(activities);
        helped = helped == null ? Map.of() : Map.copyOf(helped);
    }

    /** A cramp with only a time, as "log a cramp now" records it. */
    public static CrampRecord at(ZonedDateTime start) {
        return new CrampRecord(start, List.of(), null, null, null, List.of(), Map.of(), null);
    }
}

package org.crampcare.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One stored cramp. The instant and the zone together give the local date and time, so "the night
 * after" and time-of-day analysis use the clock on the person's wall, not the server's.
 *
 * @param muscles    in {@link Muscle} order
 * @param activities in {@link Activity} order
 * @param relief     in {@link Relief} order, each with how much it helped (0 to 3)
 */
public record CrampEntry(long id, Instant when, ZoneId zone, Set<Muscle> muscles, Side side, Integer durationSeconds,
                         Integer pain, Set<Activity> activities, Map<Relief, Integer> relief, String note,
                         Instant createdAt, Instant updatedAt) {
    public CrampEntry {
        muscles = java.util.Collections.unmodifiableSet(muscles);
        activities = java.util.Collections.unmodifiableSet(activities);
        relief = java.util.Collections.unmodifiableMap(relief);
    }

    /** The date and time on the person's clock when the cramp began. */
    public LocalDateTime localDateTime() {
        return LocalDateTime.ofInstant(when, zone);
    }

    /** The person's calendar day of the cramp. */
    public LocalDate localDate() {
        return localDateTime().toLocalDate();
    }

    /** Whether the cramp woke the person (it began while asleep). */
    public boolean wokeFromSleep() {
        return activities.contains(Activity.ASLEEP);
    }

    /** The entry as input, e.g. to fill an edit form or to change one field and save. */
    public CrampInput toInput() {
        return new CrampInput(when, zone.getId(), values(muscles), side == null ? null : side.value(), durationSeconds,
                pain, values(activities), relief.entrySet().stream().collect(Collectors.toMap(
                        e -> e.getKey().value(), Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new)), note);
    }

    private static List<String> values(Set<? extends Word> words) {
        return words.stream().map(Word::value).toList();
    }

    /** Leaves the note out, so a log line can never carry health details by accident. */
    @Override
    public String toString() {
        return "CrampEntry[id=" + id + "]";
    }
}

package org.crampcare.insights;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the diary shows about one person's cramps in a period; immutable and ready for JSON.
 *
 * @param range        the period analysed
 * @param cramps       cramps in the period
 * @param checkInDays  days with a check-in in the period
 * @param firstCramp   the first cramp ever recorded (also before the period), or null
 * @param patterns     when, where and how the cramps came
 * @param whatHelps    relief methods, most helpful first
 * @param triggers     factors linked with more or fewer cramps, and what needs more data
 */
public record Insights(DateRange range, int cramps, int checkInDays, LocalDate firstCramp, Patterns patterns,
                       List<ReliefRank> whatHelps, TriggerReport triggers) {
    public Insights {
        whatHelps = List.copyOf(whatHelps);
    }
}

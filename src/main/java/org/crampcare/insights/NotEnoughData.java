package org.crampcare.insights;

/**
 * A factor that was not compared yet, and how many more days would allow it.
 *
 * @param factor           the factor's id
 * @param label            the factor in words
 * @param lag              the lag that could not be compared
 * @param daysWith         diary days with the factor so far
 * @param daysWithout      diary days without it so far
 * @param moreDaysWith     how many more days with the factor are needed (at least 3 in all)
 * @param moreDaysWithout  how many more days without it are needed (at least 3 in all)
 * @param moreCheckInDays  how many more check-in days are needed (at least 14 in all)
 * @param sentence         the same in plain words
 */
public record NotEnoughData(String factor, String label, Lag lag, int daysWith, int daysWithout, int moreDaysWith,
                            int moreDaysWithout, int moreCheckInDays, String sentence) {
}

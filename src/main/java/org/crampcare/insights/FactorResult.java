package org.crampcare.insights;

/**
 * One factor compared at one lag: the share of days with a cramp with and without it, and how sure we can be.
 *
 * @param factor            the factor's id
 * @param label             the factor in words
 * @param definition        which answers count as "with" the factor
 * @param lag               whether the same day's or the next day's cramps are counted
 * @param daysWith          diary days with the factor
 * @param crampDaysWith     of those, days with at least one cramp
 * @param crampsWith        cramps on those days
 * @param daysWithout       diary days without the factor
 * @param crampDaysWithout  of those, days with at least one cramp
 * @param crampsWithout     cramps on those days
 * @param riskRatio         how many times as often a day had a cramp with the factor; null without any cramp
 * @param ciLow             lower end of the 95 % confidence interval of the ratio; null without any cramp
 * @param ciHigh            upper end of the 95 % confidence interval of the ratio; null without any cramp
 * @param pValue            Fisher's exact test, two-sided
 * @param adjustedPValue    the p-value after the Benjamini–Hochberg correction over every test run
 * @param verdict           what the comparison shows
 * @param sentence          the result in plain words
 */
public record FactorResult(String factor, String label, String definition, Lag lag, int daysWith, int crampDaysWith,
                           int crampsWith, int daysWithout, int crampDaysWithout, int crampsWithout,
                           Double riskRatio, Double ciLow, Double ciHigh, double pValue, double adjustedPValue,
                           Verdict verdict, String sentence) {
}

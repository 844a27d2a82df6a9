package org.crampcare.insights;

/**
 * The running counts for one factor at one lag while the days are read; used by one analysis only.
 */
final class Tally {
    final Factor factor;
    final Lag lag;
    int daysWith;
    int crampDaysWith;
    int crampsWith;
    int daysWithout;
    int crampDaysWithout;
    int crampsWithout;

    Tally(Factor factor, Lag lag) {
        this.factor = factor;
        this.lag = lag;
    }

    /** Counts one diary day that had {@code cramps} cramps. */
    void add(boolean present, int cramps) {
        if (present) {
            daysWith++;
            crampDaysWith += cramps > 0 ? 1 : 0;
            crampsWith += cramps;
        } else {
            daysWithout++;
            crampDaysWithout += cramps > 0 ? 1 : 0;
            crampsWithout += cramps;
        }
    }

    /** Whether the comparison may be run: enough days with, without, and in all. */
    boolean enough(int checkInDays) {
        return checkInDays >= TriggerAnalysis.MIN_CHECK_IN_DAYS && daysWith >= TriggerAnalysis.MIN_DAYS_EACH
                && daysWithout >= TriggerAnalysis.MIN_DAYS_EACH;
    }

    /** How many more days are needed, with a sentence. */
    NotEnoughData notEnough(int checkInDays) {
        int moreWith = Math.max(0, TriggerAnalysis.MIN_DAYS_EACH - daysWith);
        int moreWithout = Math.max(0, TriggerAnalysis.MIN_DAYS_EACH - daysWithout);
        int moreDays = Math.max(0, TriggerAnalysis.MIN_CHECK_IN_DAYS - checkInDays);
        return new NotEnoughData(factor.id(), factor.label(), lag, daysWith, daysWithout, moreWith, moreWithout,
                moreDays, Wording.notEnough(factor, lag, moreWith, moreWithout, moreDays));
    }

    /** The finished comparison, given its p-value before and after the correction. */
    FactorResult result(double p, double adjusted) {
        RiskRatio rr = RiskRatio.of(crampDaysWith, daysWith, crampDaysWithout, daysWithout);
        Verdict verdict = Verdict.NO_CLEAR_LINK;
        if (adjusted < TriggerAnalysis.LEVEL && rr.estimate() != null) {
            verdict = rr.estimate() > 1 ? Verdict.LINKED_MORE : Verdict.LINKED_FEWER;
        }
        return new FactorResult(factor.id(), factor.label(), factor.definition(), lag, daysWith, crampDaysWith,
                crampsWith, daysWithout, crampDaysWithout, crampsWithout, rr.estimate(), rr.low(), rr.high(), p,
                adjusted, verdict, Wording.result(this, rr, verdict));
    }
}

package org.crampcare.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.inference.FisherExactTest;

/**
 * Compares the share of diary days with a cramp on days with and without each factor, at each lag.
 *
 * <p>The outcome is whether a day had a cramp, not how many: one bad day with four cramps then counts once,
 * so clusters of cramps cannot make a factor look stronger than the days support. Each comparison uses
 * Fisher's exact test; the p-values of all comparisons are then adjusted with Benjamini–Hochberg.
 */
final class TriggerAnalysis {
    static final int MIN_DAYS_EACH = 3;
    static final int MIN_CHECK_IN_DAYS = 14;
    static final double LEVEL = 0.05;
    static final String METHOD = "For each factor we compare the share of diary days with at least one cramp on days "
            + "with the factor and on days without it, on the same day and on the night or day after. "
            + "Fisher's exact test gives a p-value; the Benjamini-Hochberg correction then allows for testing "
            + "many factors at once. A factor is shown as linked only when the corrected p-value is below 0.05. "
            + "A factor is compared only after at least 3 days with it, 3 days without it and 14 check-in days. "
            + "A link in a diary is not proof of cause: another factor that comes on the same days may explain it.";

    private static final FisherExactTest FISHER = FisherExactTest.withDefaults();

    private final List<CheckInRecord> days;
    /** Cramps on each check-in day and on the day after it; -1 when that day has no check-in. */
    private final int[][] outcomes;

    /**
     * @param checkIns    the period's check-ins by day; these days are the days the diary was kept
     * @param crampsByDay the number of cramps on each day
     */
    TriggerAnalysis(Map<LocalDate, CheckInRecord> checkIns, Map<LocalDate, Integer> crampsByDay) {
        this.days = List.copyOf(checkIns.values());
        this.outcomes = new int[Lag.values().length][days.size()];
        for (Lag lag : Lag.values()) {
            for (int i = 0; i < days.size(); i++) {
                LocalDate outcomeDay = days.get(i).day().plusDays(lag.days());
                outcomes[lag.ordinal()][i] = checkIns.containsKey(outcomeDay)
                        ? crampsByDay.getOrDefault(outcomeDay, 0) : -1;
            }
        }
    }

    /** Runs every comparison that has enough data and sorts the results by verdict. */
    TriggerReport run() {
        List<Tally> tested = new ArrayList<>();
        List<NotEnoughData> waiting = new ArrayList<>();
        Boolean[] present = new Boolean[days.size()];
        for (Factor factor : Factor.values()) {
            for (int i = 0; i < present.length; i++) {
                present[i] = factor.presentOn(days.get(i));
            }
            for (Lag lag : Lag.values()) {
                Tally tally = tally(factor, lag, present);
                if (tally.enough(days.size())) {
                    tested.add(tally);
                } else {
                    waiting.add(tally.notEnough(days.size()));
                }
            }
        }
        return report(tested, waiting);
    }

    private Tally tally(Factor factor, Lag lag, Boolean[] present) {
        Tally t = new Tally(factor, lag);
        int[] cramps = outcomes[lag.ordinal()];
        for (int i = 0; i < present.length; i++) {
            if (present[i] != null && cramps[i] >= 0) {
                t.add(present[i], cramps[i]);
            }
        }
        return t;
    }

    private TriggerReport report(List<Tally> tested, List<NotEnoughData> waiting) {
        double[] p = tested.stream().mapToDouble(this::pValue).toArray();
        double[] adjusted = BenjaminiHochberg.adjust(p);
        List<FactorResult> more = new ArrayList<>();
        List<FactorResult> fewer = new ArrayList<>();
        List<FactorResult> unclear = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            FactorResult r = tested.get(i).result(p[i], adjusted[i]);
            switch (r.verdict()) {
                case LINKED_MORE:
                    more.add(r);
                    break;
                case LINKED_FEWER:
                    fewer.add(r);
                    break;
                default:
                    unclear.add(r);
            }
        }
        Comparator<FactorResult> strongest = Comparator.comparingDouble(FactorResult::adjustedPValue);
        more.sort(strongest);
        fewer.sort(strongest);
        return new TriggerReport(days.size(), p.length, more, fewer, unclear, waiting, METHOD);
    }

    private double pValue(Tally t) {
        int cramps = t.crampDaysWith + t.crampDaysWithout;
        if (cramps == 0 || cramps == t.daysWith + t.daysWithout) {
            return 1.0;
        }
        int[][] table = {
            {t.crampDaysWith, t.daysWith - t.crampDaysWith},
            {t.crampDaysWithout, t.daysWithout - t.crampDaysWithout}};
        return FISHER.test(table).getPValue();
    }
}

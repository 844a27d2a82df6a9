package org.crampcare.insights;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a person's cramps and check-ins into {@link Insights}: patterns, what helps and possible triggers.
 *
 * <p>Stateless and safe to share; the caller picks the period and passes the diary's records in.
 */
public final class InsightsAnalyzer {

    /** Analyses the records that fall in the range; earlier cramps only set the date of the first cramp. */
    public Insights analyze(DateRange range, List<CrampRecord> cramps, List<CheckInRecord> checkIns) {
        List<CrampRecord> inRange = cramps.stream().filter(c -> range.contains(c.start().toLocalDate()))
                .sorted(Comparator.comparing(CrampRecord::start)).toList();
        Map<LocalDate, CheckInRecord> days = new TreeMap<>();
        checkIns.stream().filter(c -> range.contains(c.day())).forEach(c -> days.put(c.day(), c));
        Map<LocalDate, Integer> perDay = new HashMap<>();
        inRange.forEach(c -> perDay.merge(c.start().toLocalDate(), 1, Integer::sum));
        LocalDate first = cramps.stream().map(c -> c.start().toLocalDate()).min(Comparator.naturalOrder())
                .orElse(null);
        return new Insights(range, inRange.size(), days.size(), first, new PatternAnalysis(range, inRange).run(),
                ReliefRanking.rank(inRange), new TriggerAnalysis(days, perDay).run());
    }
}

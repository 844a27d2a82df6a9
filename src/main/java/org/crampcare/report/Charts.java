package org.crampcare.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.crampcare.insights.Count;
import org.crampcare.insights.Insights;
import org.crampcare.insights.PainPoint;
import org.crampcare.insights.Patterns;
import org.crampcare.insights.WeekCount;

/**
 * The four insight charts, built from {@link Insights}, for the insights page and the doctor report.
 */
public final class Charts {
    private Charts() {
    }

    /** Cramps per week, time of day, by muscle and pain over time, in that order. */
    public static List<Chart> all(Insights insights) {
        return List.of(perWeek(insights), timeOfDay(insights), byMuscle(insights), painOverTime(insights));
    }

    /** Bars of the cramps in each week of the period. */
    public static Chart perWeek(Insights insights) {
        Patterns p = insights.patterns();
        List<WeekCount> weeks = p.perWeek();
        WeekCount busiest = weeks.stream().max(Comparator.comparingInt(WeekCount::cramps)).orElseThrow();
        String summary = insights.cramps() == 0 ? "No cramps were recorded in this period."
                : String.format(Locale.ROOT, "%d %s in %d %s, %.1f a week on average; the most in one week was %d "
                        + "(week of %s).", insights.cramps(), insights.cramps() == 1 ? "cramp" : "cramps",
                        weeks.size(), weeks.size() == 1 ? "week" : "weeks", p.averagePerWeek(), busiest.cramps(),
                        PainChartSvg.DAY.format(busiest.weekStart()));
        List<String> labels = weeks.stream().map(w -> PainChartSvg.DAY.format(w.weekStart())).toList();
        List<Integer> values = weeks.stream().map(WeekCount::cramps).toList();
        List<List<String>> rows = weeks.stream()
                .map(w -> List.of(w.weekStart().toString(), Integer.toString(w.cramps()))).toList();
        String title = "Cramps per week";
        return new Chart("chart-week", title, summary, List.of("Week starting", "Cramps"), rows,
                BarChartSvg.upright("chart-week", title, summary, labels, values));
    }

    /** Bars of the cramps in each quarter of the day. */
    public static Chart timeOfDay(Insights insights) {
        return counted("chart-time", "Cramps by time of day", "Time of day", insights.patterns().timeOfDay(),
                false, insights.cramps(), "The busiest time of day was %s, with %d of %d cramps.");
    }

    /** Lying bars of the cramps in each muscle, most first. */
    public static Chart byMuscle(Insights insights) {
        return counted("chart-muscle", "Cramps by muscle", "Muscle", insights.patterns().muscles(), true,
                insights.cramps(), "The muscle that cramped most often was the %s, in %d of %d cramps.");
    }

    /** Each cramp's pain as a dot and the weekly average as a line. */
    public static Chart painOverTime(Insights insights) {
        List<PainPoint> points = insights.patterns().painOverTime();
        Map<LocalDate, Double> weekly = points.stream().collect(Collectors.groupingBy(
                pp -> pp.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), TreeMap::new,
                Collectors.averagingInt(PainPoint::pain)));
        Map<LocalDate, Long> scores = points.stream().collect(Collectors.groupingBy(
                pp -> pp.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), Collectors.counting()));
        List<List<String>> rows = new ArrayList<>();
        weekly.forEach((monday, mean) -> rows.add(List.of(monday.toString(), Long.toString(scores.get(monday)),
                String.format(Locale.ROOT, "%.1f", mean))));
        String summary = points.isEmpty() ? "No pain scores were recorded in this period."
                : String.format(Locale.ROOT, "%d pain %s from %.0f to %.0f out of 10, median %s. %s",
                        points.size(), points.size() == 1 ? "score" : "scores", insights.patterns().pain().min(),
                        insights.patterns().pain().max(), median(insights), insights.patterns().painTrend());
        String title = "Pain over time";
        return new Chart("chart-pain", title, summary, List.of("Week starting", "Pain scores", "Average pain"),
                rows, PainChartSvg.draw("chart-pain", title, summary, insights.range(), points, weekly));
    }

    private static Chart counted(String id, String title, String heading, List<Count> counts, boolean lying,
                                 int cramps, String sentence) {
        List<String> labels = counts.stream().map(Count::label).toList();
        List<Integer> values = counts.stream().map(Count::count).toList();
        Count top = counts.stream().max(Comparator.comparingInt(Count::count)).orElse(null);
        String summary = cramps == 0 || top == null ? "No cramps were recorded in this period."
                : String.format(Locale.ROOT, sentence, top.label().toLowerCase(Locale.ROOT), top.count(), cramps);
        List<List<String>> rows = counts.stream().map(c -> List.of(c.label(), Integer.toString(c.count()))).toList();
        String svg = lying ? BarChartSvg.lying(id, title, summary, labels, values)
                : BarChartSvg.upright(id, title, summary, labels, values);
        return new Chart(id, title, summary, List.of(heading, "Cramps"), rows, svg);
    }

    static String median(Insights insights) {
        Double m = insights.patterns().pain().median();
        return m == null ? "none" : String.format(Locale.ROOT, m % 1 == 0 ? "%.0f" : "%.1f", m);
    }
}

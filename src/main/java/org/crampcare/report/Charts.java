package org.crampcare.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

    /** Cramps per week, time of day, by muscle and pain over time, in that order, in {@code words}' language. */
    public static List<Chart> all(Insights insights, ReportWords words) {
        return List.of(perWeek(insights, words), timeOfDay(insights, words), byMuscle(insights, words),
                painOverTime(insights, words));
    }

    /** Bars of the cramps in each week of the period. */
    public static Chart perWeek(Insights insights, ReportWords words) {
        Patterns p = insights.patterns();
        List<WeekCount> weeks = p.perWeek();
        WeekCount busiest = weeks.stream().max(Comparator.comparingInt(WeekCount::cramps)).orElseThrow();
        DateTimeFormatter day = words.date(PainChartSvg.DAY_PATTERN);
        String summary = insights.cramps() == 0 ? words.get("chart.no-cramps")
                : words.f("chart.week-summary", insights.cramps(), weeks.size(),
                        String.format(Locale.ROOT, "%.1f", p.averagePerWeek()), busiest.cramps(),
                        day.format(busiest.weekStart()));
        List<String> labels = weeks.stream().map(w -> day.format(w.weekStart())).toList();
        List<Integer> values = weeks.stream().map(WeekCount::cramps).toList();
        List<List<String>> rows = weeks.stream()
                .map(w -> List.of(w.weekStart().toString(), Integer.toString(w.cramps()))).toList();
        String title = words.get("chart.per-week");
        return new Chart("chart-week", title, summary, List.of(words.get("chart.week-starting"), words.get("insights.cramps")), rows,
                BarChartSvg.upright("chart-week", title, summary, labels, values));
    }

    /** Bars of the cramps in each quarter of the day. */
    public static Chart timeOfDay(Insights insights, ReportWords words) {
        return counted("chart-time", words.get("chart.time"), words.get("chart.time-heading"),
                insights.patterns().timeOfDay(), false, insights.cramps(), "chart.time-summary", words);
    }

    /** Lying bars of the cramps in each muscle, most first. */
    public static Chart byMuscle(Insights insights, ReportWords words) {
        return counted("chart-muscle", words.get("chart.muscle"), words.get("cramps.muscle"),
                insights.patterns().muscles(), true, insights.cramps(), "chart.muscle-summary", words);
    }

    /** Each cramp's pain as a dot and the weekly average as a line. */
    public static Chart painOverTime(Insights insights, ReportWords words) {
        List<PainPoint> points = insights.patterns().painOverTime();
        Map<LocalDate, Double> weekly = points.stream().collect(Collectors.groupingBy(
                pp -> pp.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), TreeMap::new,
                Collectors.averagingInt(PainPoint::pain)));
        Map<LocalDate, Long> scores = points.stream().collect(Collectors.groupingBy(
                pp -> pp.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), Collectors.counting()));
        List<List<String>> rows = new ArrayList<>();
        weekly.forEach((monday, mean) -> rows.add(List.of(monday.toString(), Long.toString(scores.get(monday)),
                String.format(Locale.ROOT, "%.1f", mean))));
        String summary = points.isEmpty() ? words.get("chart.no-pain")
                : words.f(points.size() == 1 ? "chart.pain-summary-one" : "chart.pain-summary-many", points.size(),
                        String.format(Locale.ROOT, "%.0f", insights.patterns().pain().min()),
                        String.format(Locale.ROOT, "%.0f", insights.patterns().pain().max()), median(insights, words))
                        + " " + insights.patterns().painTrend();
        String title = words.get("chart.pain");
        return new Chart("chart-pain", title, summary, List.of(words.get("chart.week-starting"),
                words.get("chart.pain-scores"), words.get("chart.average-pain")),
                rows, PainChartSvg.draw("chart-pain", title, summary, insights.range(), points, weekly,
                        words.date(PainChartSvg.DAY_PATTERN)));
    }

    private static Chart counted(String id, String title, String heading, List<Count> counts, boolean lying,
                                 int cramps, String sentence, ReportWords words) {
        List<String> labels = counts.stream().map(Count::label).toList();
        List<Integer> values = counts.stream().map(Count::count).toList();
        Count top = counts.stream().max(Comparator.comparingInt(Count::count)).orElse(null);
        String summary = cramps == 0 || top == null ? words.get("chart.no-cramps")
                : words.f(sentence, top.label().toLowerCase(Locale.ROOT), top.count(), cramps);
        List<List<String>> rows = counts.stream().map(c -> List.of(c.label(), Integer.toString(c.count()))).toList();
        String svg = lying ? BarChartSvg.lying(id, title, summary, labels, values)
                : BarChartSvg.upright(id, title, summary, labels, values);
        return new Chart(id, title, summary, List.of(heading, words.get("insights.cramps")), rows, svg);
    }

    static String median(Insights insights, ReportWords words) {
        Double m = insights.patterns().pain().median();
        return m == null ? words.get("report.none") : String.format(Locale.ROOT, m % 1 == 0 ? "%.0f" : "%.1f", m);
    }
}

package org.crampcare.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.crampcare.insights.DateRange;
import org.crampcare.insights.PainPoint;

/**
 * Draws every cramp's pain score as a dot over the period and the weekly average as a line.
 */
final class PainChartSvg {
    /** How the axis and the captions write a day: 3 Mar. */
    static final String DAY_PATTERN = "d MMM";
    private static final int HEIGHT = 180;
    private static final double LEFT = 34;
    private static final double TOP = 12;
    private static final double BOTTOM = HEIGHT - 30;

    private PainChartSvg() {
    }

    /**
     * @param weekly the average pain of each week with scores, keyed by the Monday the week starts,
     *               drawn at the middle of the week
     * @param day    how the axis writes the first and last day
     */
    static String draw(String id, String title, String desc, DateRange range, List<PainPoint> points,
                       Map<LocalDate, Double> weekly, DateTimeFormatter day) {
        Svg svg = new Svg(id, BarChartSvg.WIDTH, HEIGHT, title, desc);
        double right = BarChartSvg.WIDTH - 8;
        svg.line(LEFT, TOP, LEFT, BOTTOM, "#555555").line(LEFT, BOTTOM, right, BOTTOM, "#555555");
        for (int tick : List.of(0, 5, 10)) {
            svg.line(LEFT - 3, y(tick), LEFT, y(tick), "#555555").text(LEFT - 5, y(tick) + 3.5, "end",
                    Integer.toString(tick));
        }
        double span = Math.max(1, range.days() - 1);
        double width = right - LEFT - 6;
        for (PainPoint p : points) {
            svg.circle(x(range, p.day(), span, width), y(p.pain()), 2.2, "#6f93c0");
        }
        StringBuilder line = new StringBuilder();
        weekly.forEach((monday, mean) -> line.append(Svg.num(x(range, monday.plusDays(3), span, width)))
                .append(',').append(Svg.num(y(mean))).append(' '));
        if (weekly.size() > 1) {
            svg.polyline(line.toString().trim(), "#1a4f8a");
        }
        svg.text(LEFT, BOTTOM + 13, "start", day.format(range.from()));
        return svg.text(right, BOTTOM + 13, "end", day.format(range.to())).end();
    }

    private static double x(DateRange range, LocalDate day, double span, double width) {
        double offset = Math.min(span, Math.max(0, ChronoUnit.DAYS.between(range.from(), day)));
        return LEFT + 3 + width * offset / span;
    }

    private static double y(double pain) {
        return BOTTOM - (BOTTOM - TOP) * pain / 10;
    }
}

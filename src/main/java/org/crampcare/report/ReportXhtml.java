package org.crampcare.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.crampcare.insights.Count;
import org.crampcare.insights.FactorResult;
import org.crampcare.insights.Insights;
import org.crampcare.insights.Patterns;
import org.crampcare.insights.ReliefRank;

/**
 * Writes a {@link DoctorReport} as one well-formed XHTML document that browsers and openhtmltopdf both read.
 *
 * <p>Every piece of the person's text goes through {@link Xml#escape}; the sections follow the questions a
 * provider asks: how often, how bad, how long, when, what helps; {@link PersonSections} adds the person's own
 * words, medicines, assessments and questions.
 */
final class ReportXhtml {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final DoctorReport report;
    private final Insights insights;
    private final Patterns patterns;
    private final StringBuilder html = new StringBuilder(32 * 1024);

    ReportXhtml(DoctorReport report) {
        this.report = report;
        this.insights = report.insights();
        this.patterns = insights.patterns();
    }

    String render() {
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>")
                .append("<meta charset=\"utf-8\"/><title>Cramp diary summary ").append(period()).append("</title>")
                .append("<style>").append(ReportStyle.CSS).append("</style></head><body>");
        header();
        keyFigures();
        List<Chart> charts = report.charts();
        chartRow("how-often", "How often and how bad", charts.get(0), charts.get(3));
        html.append("</section>");
        painAndDuration();
        chartRow("when", "When and where", charts.get(1), charts.get(2));
        activities();
        whatHelps();
        triggers();
        new PersonSections(report, html).append();
        about();
        return html.append("</body></html>").toString();
    }

    private String period() {
        return DATE.format(insights.range().from()) + " to " + DATE.format(insights.range().to());
    }

    private void header() {
        html.append("<header><h1>Muscle cramp diary summary</h1><p class=\"lead\">Period: ").append(period())
                .append(". Prepared on ").append(DATE.format(report.generatedOn()))
                .append(" from the person's own CrampCare diary. Not a diagnosis.</p></header>");
    }

    private void keyFigures() {
        html.append("<section id=\"overview\"><h2>Overview</h2><table class=\"figures\"><tbody><tr>");
        figure("Cramps in period", Integer.toString(insights.cramps()));
        figure("Per week", String.format(Locale.ROOT, "%.1f", patterns.averagePerWeek()));
        figure("First cramp recorded", insights.firstCramp() == null ? "none" : DATE.format(insights.firstCramp()));
        figure("Median pain (of 10)", Charts.median(insights));
        figure("Median duration", duration(patterns.durationSeconds().median()));
        figure("Longest", duration(patterns.durationSeconds().max()));
        figure("Check-in days", insights.checkInDays() + " of " + insights.range().days());
        html.append("</tr></tbody></table></section>");
    }

    private void figure(String label, String value) {
        html.append("<td><span class=\"value\">").append(Xml.escape(value)).append("</span><span class=\"label\">")
                .append(Xml.escape(label)).append("</span></td>");
    }

    /** Two charts side by side under one heading; the section stays open for more. */
    private void chartRow(String id, String heading, Chart left, Chart right) {
        html.append("<section id=\"").append(id).append("\"><h2>").append(heading)
                .append("</h2><table class=\"layout\"><tbody><tr><td>").append(left.figure()).append("</td><td>")
                .append(right.figure()).append("</td></tr></tbody></table>");
    }

    private void activities() {
        html.append("<p><strong>What was happening:</strong> ").append(counted(patterns.activities()))
                .append("</p><p><strong>Day of the week:</strong> ").append(counted(patterns.dayOfWeek()))
                .append("</p></section>");
    }

    private static String counted(List<Count> counts) {
        return counts.isEmpty() ? "not recorded" : counts.stream()
                .map(c -> Xml.escape(words(c.label())) + " " + c.count()).collect(Collectors.joining(", "));
    }

    private void painAndDuration() {
        html.append("<section id=\"how-bad\"><h2>How bad and how long</h2><table class=\"layout\"><tbody><tr><td>")
                .append("<h3>Pain</h3>");
        countsTable("Pain", patterns.painBands());
        html.append("<p class=\"small\">Scores 0 to 10: ").append(patterns.painLevels().stream()
                .map(c -> c.label() + ": " + c.count()).collect(Collectors.joining(", "))).append(". ")
                .append(Xml.escape(patterns.painTrend())).append("</p></td><td><h3>Duration</h3>");
        countsTable("Duration", patterns.durationBands());
        html.append("<p class=\"small\">").append(Xml.escape(patterns.durationTrend()))
                .append("</p></td></tr></tbody></table></section>");
    }

    private void countsTable(String heading, List<Count> counts) {
        int total = counts.stream().mapToInt(Count::count).sum();
        html.append("<table class=\"data\"><thead><tr><th scope=\"col\">").append(Xml.escape(heading))
                .append("</th><th scope=\"col\">Cramps</th><th scope=\"col\">Share</th></tr></thead><tbody>");
        for (Count c : counts) {
            html.append("<tr><th scope=\"row\">").append(Xml.escape(words(c.label()))).append("</th><td>")
                    .append(c.count()).append("</td><td>")
                    .append(total == 0 ? "-" : Math.round(100.0 * c.count() / total) + " %").append("</td></tr>");
        }
        if (counts.isEmpty()) {
            html.append("<tr><td colspan=\"3\">None recorded</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private void whatHelps() {
        html.append("<section id=\"what-helps\"><h2>What helps</h2>");
        if (insights.whatHelps().isEmpty()) {
            html.append("<p>No relief methods were recorded.</p></section>");
            return;
        }
        html.append("<table class=\"data\"><thead><tr><th scope=\"col\">Method</th><th scope=\"col\">Tried</th>")
                .append("<th scope=\"col\">Helped on average (0-3)</th></tr></thead><tbody>");
        for (ReliefRank r : insights.whatHelps()) {
            html.append("<tr><th scope=\"row\">").append(Xml.escape(words(r.method()))).append("</th><td>")
                    .append(r.uses()).append("</td><td>").append(String.format(Locale.ROOT, "%.1f", r.averageHelp()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table></section>");
    }

    private void triggers() {
        var t = insights.triggers();
        html.append("<section id=\"triggers\"><h2>Possible triggers</h2>");
        if (t.testsRun() == 0) {
            html.append("<p>Not enough check-in days to compare factors yet (").append(t.checkInDays())
                    .append(" check-in days; at least 14 are needed).</p>");
        } else if (t.linkedMore().isEmpty() && t.linkedFewer().isEmpty()) {
            html.append("<p>None of the ").append(t.testsRun()).append(" comparisons over ").append(t.checkInDays())
                    .append(" check-in days showed a clear link with more or fewer cramps.</p>");
        }
        html.append("<ul>");
        for (FactorResult r : t.linkedMore()) {
            html.append("<li>").append(Xml.escape(r.sentence())).append("</li>");
        }
        for (FactorResult r : t.linkedFewer()) {
            html.append("<li>").append(Xml.escape(r.sentence())).append("</li>");
        }
        html.append("</ul><p class=\"small\">").append(Xml.escape(t.method())).append("</p></section>");
    }

    private void about() {
        html.append("<section id=\"about\"><h2>About this report</h2><p>").append(Xml.escape(report.about()))
                .append("</p></section>");
    }

    /** The diary's words as text: {@code pain_reliever} becomes "Pain reliever". */
    static String words(String value) {
        String s = value.replace('_', ' ');
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String duration(Double seconds) {
        if (seconds == null) {
            return "none";
        }
        return seconds < 90 ? Math.round(seconds) + " s" : String.format(Locale.ROOT, "%.1f min", seconds / 60);
    }
}

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
    private final DoctorReport report;
    private final ReportWords words;
    private final DateTimeFormatter date;
    private final Insights insights;
    private final Patterns patterns;
    private final StringBuilder html = new StringBuilder(32 * 1024);

    ReportXhtml(DoctorReport report, ReportWords words) {
        this.report = report;
        this.words = words;
        this.date = words.date("d MMM yyyy");
        this.insights = report.insights();
        this.patterns = insights.patterns();
    }

    String render() {
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(words.tag())
                .append("\"><head><meta charset=\"utf-8\"/><title>").append(Xml.escape(words.f("report.doc-title", period())))
                .append("</title>")
                .append("<style>").append(ReportStyle.CSS).append("</style></head><body>");
        header();
        keyFigures();
        List<Chart> charts = report.charts();
        chartRow("how-often", words.get("report.how-often"), charts.get(0), charts.get(3));
        html.append("</section>");
        painAndDuration();
        chartRow("when", words.get("report.when"), charts.get(1), charts.get(2));
        activities();
        whatHelps();
        triggers();
        new PersonSections(report, html, words).append();
        about();
        return html.append("</body></html>").toString();
    }

    private String period() {
        return words.f("report.period", date.format(insights.range().from()), date.format(insights.range().to()));
    }

    private void header() {
        html.append("<header><h1>").append(Xml.escape(words.get("report.heading"))).append("</h1><p class=\"lead\">")
                .append(Xml.escape(words.f("report.lead-line", period(), date.format(report.generatedOn()))))
                .append("</p></header>");
    }

    private void keyFigures() {
        html.append("<section id=\"overview\"><h2>").append(Xml.escape(words.get("report.overview")))
                .append("</h2><table class=\"figures\"><tbody><tr>");
        figure(words.get("report.cramps-in-period"), Integer.toString(insights.cramps()));
        figure(words.get("report.per-week"), String.format(Locale.ROOT, "%.1f", patterns.averagePerWeek()));
        figure(words.get("report.first"), insights.firstCramp() == null ? words.get("report.none")
                : date.format(insights.firstCramp()));
        figure(words.get("report.median-pain"), Charts.median(insights, words));
        figure(words.get("report.median-duration"), duration(patterns.durationSeconds().median()));
        figure(words.get("report.longest"), duration(patterns.durationSeconds().max()));
        figure(words.get("report.check-in-days"), words.f("report.of", insights.checkInDays(), insights.range().days()));
        html.append("</tr></tbody></table></section>");
    }

    private void figure(String label, String value) {
        html.append("<td><span class=\"value\">").append(Xml.escape(value)).append("</span><span class=\"label\">")
                .append(Xml.escape(label)).append("</span></td>");
    }

    /** Two charts side by side under one heading; the section stays open for more. */
    private void chartRow(String id, String heading, Chart left, Chart right) {
        html.append("<section id=\"").append(id).append("\"><h2>").append(Xml.escape(heading))
                .append("</h2><table class=\"layout\"><tbody><tr><td>").append(left.figure(words)).append("</td><td>")
                .append(right.figure(words)).append("</td></tr></tbody></table>");
    }

    private void activities() {
        html.append("<p><strong>").append(Xml.escape(words.get("report.happening"))).append("</strong> ")
                .append(counted(patterns.activities())).append("</p><p><strong>")
                .append(Xml.escape(words.get("report.day-of-week"))).append("</strong> ")
                .append(counted(patterns.dayOfWeek())).append("</p></section>");
    }

    private String counted(List<Count> counts) {
        return counts.isEmpty() ? Xml.escape(words.get("insights.not-recorded")) : counts.stream()
                .map(c -> Xml.escape(words(c.label())) + " " + c.count()).collect(Collectors.joining(", "));
    }

    private void painAndDuration() {
        html.append("<section id=\"how-bad\"><h2>").append(Xml.escape(words.get("report.how-bad")))
                .append("</h2><table class=\"layout\"><tbody><tr><td><h3>").append(Xml.escape(words.get("insights.pain")))
                .append("</h3>");
        countsTable(words.get("insights.pain"), patterns.painBands());
        html.append("<p class=\"small\">").append(Xml.escape(words.get("report.scores"))).append(" ")
                .append(patterns.painLevels().stream()
                .map(c -> c.label() + ": " + c.count()).collect(Collectors.joining(", "))).append(". ")
                .append(Xml.escape(patterns.painTrend())).append("</p></td><td><h3>")
                .append(Xml.escape(words.get("insights.length"))).append("</h3>");
        countsTable(words.get("insights.length"), patterns.durationBands());
        html.append("<p class=\"small\">").append(Xml.escape(patterns.durationTrend()))
                .append("</p></td></tr></tbody></table></section>");
    }

    private void countsTable(String heading, List<Count> counts) {
        int total = counts.stream().mapToInt(Count::count).sum();
        html.append("<table class=\"data\"><thead><tr><th scope=\"col\">").append(Xml.escape(heading))
                .append("</th><th scope=\"col\">").append(Xml.escape(words.get("insights.cramps")))
                .append("</th><th scope=\"col\">").append(Xml.escape(words.get("report.share")))
                .append("</th></tr></thead><tbody>");
        for (Count c : counts) {
            html.append("<tr><th scope=\"row\">").append(Xml.escape(words(c.label()))).append("</th><td>")
                    .append(c.count()).append("</td><td>")
                    .append(total == 0 ? "-" : Math.round(100.0 * c.count() / total) + " %").append("</td></tr>");
        }
        if (counts.isEmpty()) {
            html.append("<tr><td colspan=\"3\">").append(Xml.escape(words.get("report.none-recorded")))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private void whatHelps() {
        html.append("<section id=\"what-helps\"><h2>").append(Xml.escape(words.get("report.what-helps"))).append("</h2>");
        if (insights.whatHelps().isEmpty()) {
            html.append("<p>").append(Xml.escape(words.get("report.no-relief"))).append("</p></section>");
            return;
        }
        html.append("<table class=\"data\"><thead><tr><th scope=\"col\">").append(Xml.escape(words.get("report.method")))
                .append("</th><th scope=\"col\">").append(Xml.escape(words.get("report.tried")))
                .append("</th><th scope=\"col\">").append(Xml.escape(words.get("report.helped")))
                .append("</th></tr></thead><tbody>");
        for (ReliefRank r : insights.whatHelps()) {
            html.append("<tr><th scope=\"row\">").append(Xml.escape(relief(r.method()))).append("</th><td>")
                    .append(r.uses()).append("</td><td>").append(String.format(Locale.ROOT, "%.1f", r.averageHelp()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table></section>");
    }

    private void triggers() {
        var t = insights.triggers();
        html.append("<section id=\"triggers\"><h2>").append(Xml.escape(words.get("insights.triggers"))).append("</h2>");
        if (t.testsRun() == 0) {
            html.append("<p>").append(Xml.escape(words.f("report.too-few-days", t.checkInDays()))).append("</p>");
        } else if (t.linkedMore().isEmpty() && t.linkedFewer().isEmpty()) {
            html.append("<p>").append(Xml.escape(words.f("report.no-link", t.testsRun(), t.checkInDays()))).append("</p>");
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
        html.append("<section id=\"about\"><h2>").append(Xml.escape(words.get("report.about-heading")))
                .append("</h2><p>").append(Xml.escape(report.about()))
                .append("</p></section>");
    }

    /** A relief method in the report's language: its {@code word.relief.*} text, else the diary's word. */
    private String relief(String method) {
        String key = "word.relief." + method;
        return words.has(key) ? words.get(key) : words(method);
    }

    /** The diary's words as text: {@code pain_reliever} becomes "Pain reliever". */
    static String words(String value) {
        String s = value.replace('_', ' ');
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private String duration(Double seconds) {
        if (seconds == null) {
            return words.get("report.none");
        }
        return seconds < 90 ? Math.round(seconds) + " s" : String.format(Locale.ROOT, "%.1f min", seconds / 60);
    }
}

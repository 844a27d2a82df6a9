package org.crampcare.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The report's sections in the person's own words: notes, medicines and conditions, assessments, questions.
 *
 * <p>All of it is the person's text, so every piece goes through {@link Xml#escape}.
 */
final class PersonSections {
    private final DoctorReport report;
    private final StringBuilder html;
    private final ReportWords words;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    PersonSections(DoctorReport report, StringBuilder html, ReportWords words) {
        this.report = report;
        this.html = html;
        this.words = words;
        this.date = words.date("d MMM yyyy");
        this.dateTime = words.date("d MMM yyyy HH:mm");
    }

    /** A heading of the report, escaped. */
    private String w(String key) {
        return Xml.escape(words.get(key));
    }

    void append() {
        notes();
        medicines();
        assessments();
        questions();
    }

    private void notes() {
        html.append("<section id=\"notes\"><h2>").append(w("report.notes")).append("</h2>");
        if (report.recentNotes().isEmpty()) {
            html.append("<p>").append(w("report.no-notes")).append("</p>");
        } else {
            html.append("<ul class=\"notes\">");
            report.recentNotes().forEach(n -> html.append("<li><span class=\"when\">")
                    .append(dateTime.format(n.at())).append("</span> ").append(Xml.escape(n.text())).append("</li>"));
            html.append("</ul>");
        }
        html.append("</section>");
    }

    private void medicines() {
        html.append("<section id=\"medicines\"><h2>").append(w("report.medicines-heading")).append("</h2><p><strong>")
                .append(w("report.medicines")).append("</strong> ").append(list(report.medicines()))
                .append("</p><p><strong>").append(w("report.conditions")).append("</strong> ")
                .append(list(report.conditions())).append("</p>");
        if (!report.medicineChanges().isEmpty()) {
            html.append("<p><strong>").append(w("report.medicine-changed")).append("</strong> ")
                    .append(report.medicineChanges().stream()
                    .map(n -> date.format(n.at()) + (n.text().isEmpty() ? "" : " (" + Xml.escape(n.text()) + ")"))
                    .collect(Collectors.joining("; "))).append("</p>");
        }
        html.append("</section>");
    }

    private void assessments() {
        html.append("<section id=\"assessments\"><h2>").append(w("report.assessments")).append("</h2>");
        if (report.assessments().isEmpty()) {
            html.append("<p>").append(w("report.no-assessments")).append("</p></section>");
            return;
        }
        html.append("<table class=\"data\"><thead><tr><th scope=\"col\">").append(w("report.when-column"))
                .append("</th><th scope=\"col\">").append(w("report.level")).append("</th><th scope=\"col\">")
                .append(w("report.reasons")).append("</th></tr></thead><tbody>");
        for (AssessmentRecord a : report.assessments()) {
            html.append("<tr><td>").append(dateTime.format(a.at())).append("</td><td>")
                    .append(w("word.level." + a.level().toLowerCase(Locale.ROOT))).append("</td><td>");
            for (int i = 0; i < a.ruleIds().size(); i++) {
                String why = i < a.explanations().size() ? a.explanations().get(i) : "";
                html.append(i > 0 ? "<br/>" : "").append(Xml.escape(a.ruleIds().get(i))).append(": ")
                        .append(Xml.escape(why));
            }
            html.append(a.ruleIds().isEmpty() ? w("report.no-rule") : "").append("</td></tr>");
        }
        html.append("</tbody></table></section>");
    }

    private void questions() {
        html.append("<section id=\"questions\"><h2>").append(w("report.questions")).append("</h2>");
        if (report.questions().isEmpty()) {
            html.append("<p>").append(w("report.no-questions")).append("</p>");
        } else {
            html.append("<ol>");
            report.questions().forEach(q -> html.append("<li>").append(Xml.escape(q)).append("</li>"));
            html.append("</ol>");
        }
        html.append("</section>");
    }

    private String list(List<String> items) {
        return items.isEmpty() ? w("report.none-noted") : Xml.escape(String.join(", ", items));
    }

}

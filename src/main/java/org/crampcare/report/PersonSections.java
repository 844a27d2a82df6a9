package org.crampcare.report;

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

    PersonSections(DoctorReport report, StringBuilder html) {
        this.report = report;
        this.html = html;
    }

    void append() {
        notes();
        medicines();
        assessments();
        questions();
    }

    private void notes() {
        html.append("<section id=\"notes\"><h2>In the person's words</h2>");
        if (report.recentNotes().isEmpty()) {
            html.append("<p>No notes were written in this period.</p>");
        } else {
            html.append("<ul class=\"notes\">");
            report.recentNotes().forEach(n -> html.append("<li><span class=\"when\">")
                    .append(ReportXhtml.DATE_TIME.format(n.at())).append("</span> ").append(Xml.escape(n.text())).append("</li>"));
            html.append("</ul>");
        }
        html.append("</section>");
    }

    private void medicines() {
        html.append("<section id=\"medicines\"><h2>Medicines and conditions noted</h2><p><strong>Medicines:</strong> ")
                .append(list(report.medicines())).append("</p><p><strong>Conditions:</strong> ")
                .append(list(report.conditions())).append("</p>");
        if (!report.medicineChanges().isEmpty()) {
            html.append("<p><strong>New or changed medicine on:</strong> ").append(report.medicineChanges().stream()
                    .map(n -> ReportXhtml.DATE.format(n.at()) + (n.text().isEmpty() ? "" : " (" + Xml.escape(n.text()) + ")"))
                    .collect(Collectors.joining("; "))).append("</p>");
        }
        html.append("</section>");
    }

    private void assessments() {
        html.append("<section id=\"assessments\"><h2>Assessment history</h2>");
        if (report.assessments().isEmpty()) {
            html.append("<p>No assessments were saved.</p></section>");
            return;
        }
        html.append("<table class=\"data\"><thead><tr><th scope=\"col\">When</th><th scope=\"col\">Level</th>")
                .append("<th scope=\"col\">Reasons</th></tr></thead><tbody>");
        for (AssessmentRecord a : report.assessments()) {
            html.append("<tr><td>").append(ReportXhtml.DATE_TIME.format(a.at())).append("</td><td>")
                    .append(Xml.escape(ReportXhtml.words(a.level().toLowerCase(Locale.ROOT)))).append("</td><td>");
            for (int i = 0; i < a.ruleIds().size(); i++) {
                String why = i < a.explanations().size() ? a.explanations().get(i) : "";
                html.append(i > 0 ? "<br/>" : "").append(Xml.escape(a.ruleIds().get(i))).append(": ")
                        .append(Xml.escape(why));
            }
            html.append(a.ruleIds().isEmpty() ? "No rule fired" : "").append("</td></tr>");
        }
        html.append("</tbody></table></section>");
    }

    private void questions() {
        html.append("<section id=\"questions\"><h2>Questions for the provider</h2>");
        if (report.questions().isEmpty()) {
            html.append("<p>No questions were written down.</p>");
        } else {
            html.append("<ol>");
            report.questions().forEach(q -> html.append("<li>").append(Xml.escape(q)).append("</li>"));
            html.append("</ol>");
        }
        html.append("</section>");
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "none noted" : Xml.escape(String.join(", ", items));
    }

}

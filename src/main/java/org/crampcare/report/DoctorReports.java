package org.crampcare.report;

import java.util.Comparator;
import java.util.List;
import org.crampcare.insights.CheckInRecord;
import org.crampcare.insights.CrampRecord;
import org.crampcare.insights.InsightsAnalyzer;

/**
 * Builds a {@link DoctorReport} for a period and renders it as XHTML or PDF.
 *
 * <p>Stateless and safe to share between requests.
 */
public final class DoctorReports {
    static final int RECENT_NOTES = 5;
    private final InsightsAnalyzer analyzer = new InsightsAnalyzer();

    /** Analyses the period and gathers the notes, medicines, assessments and questions, in {@code words}' language. */
    public DoctorReport build(ReportInput in, ReportWords words) {
        var insights = TranslatedInsights.of(analyzer.analyze(in.range(), in.cramps(), in.checkIns()), words);
        List<NoteEntry> notes = in.cramps().stream()
                .filter(c -> in.range().contains(c.start().toLocalDate()) && hasText(c.note()))
                .sorted(Comparator.comparing(CrampRecord::start).reversed()).limit(RECENT_NOTES)
                .map(c -> new NoteEntry(c.start().toLocalDateTime(), c.note().strip())).toList();
        List<NoteEntry> changes = in.checkIns().stream()
                .filter(c -> in.range().contains(c.day()) && Boolean.TRUE.equals(c.medicineChanged()))
                .sorted(Comparator.comparing(CheckInRecord::day))
                .map(c -> new NoteEntry(c.day().atStartOfDay(), hasText(c.note()) ? c.note().strip() : "")).toList();
        List<AssessmentRecord> history = in.assessments().stream()
                .sorted(Comparator.comparing(AssessmentRecord::at)).toList();
        return new DoctorReport(in.generatedOn(), words.get("report.about"), insights, notes, in.medicines(),
                in.conditions(), changes, history, in.questions(), Charts.all(insights, words));
    }

    /** The report as a complete, well-formed XHTML document with screen and print styles. */
    public String xhtml(DoctorReport report, ReportWords words) {
        return new ReportXhtml(report, words).render();
    }

    /** The report as PDF bytes, A4, with the charts drawn from their SVG. */
    public byte[] pdf(DoctorReport report, ReportWords words) {
        return ReportPdf.render(xhtml(report, words));
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}

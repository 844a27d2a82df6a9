package org.crampcare.web.insights;

import io.javalin.http.Context;
import java.time.LocalDate;
import org.crampcare.insights.DateRange;
import org.crampcare.report.DoctorReport;
import org.crampcare.web.kit.ApiError;
import org.crampcare.web.kit.Page;
import org.crampcare.web.kit.PageLanguage;
import org.crampcare.web.kit.Texts;
import org.crampcare.web.kit.Sessions;
import org.crampcare.web.kit.Templates;

/**
 * The doctor report: a page with a period form ({@code /diary/report}), a PDF download, and its API.
 *
 * <p>The page and the download take their dates from POST bodies; the API takes dates (and only dates) in the URL.
 */
public final class ReportHandlers {
    private static final String PDF = "application/pdf";
    private final DiaryGate gate;
    private final DiaryInsights diary;
    private final Templates templates;
    private final Texts english;

    /** @param english the page texts the API's report is written in (the pages' reports are in the page's language) */
    public ReportHandlers(Sessions sessions, DiaryInsights diary, Templates templates, Texts english) {
        this.gate = new DiaryGate(sessions);
        this.diary = diary;
        this.templates = templates;
        this.english = english;
    }

    /** GET /diary/report: the report of the last 90 days and the form to pick another period. */
    public void page(Context ctx) {
        gate.forPage(ctx).ifPresent(person -> show(ctx, person, null, null));
    }

    /** POST /diary/report: the report of the period in the form. */
    public void pick(Context ctx) {
        gate.forPage(ctx).ifPresent(person -> show(ctx, person, ctx.formParam("from"), ctx.formParam("to")));
    }

    /** POST /diary/report/pdf: the report of the period in the form as a PDF attachment. */
    public void pdf(Context ctx) {
        gate.forPage(ctx).ifPresent(person -> {
            DateRange range;
            try {
                range = Period.parse(ctx.formParam("from"), ctx.formParam("to"), diary.today(person));
            } catch (PeriodException e) {
                show(ctx, person, ctx.formParam("from"), ctx.formParam("to"));
                return;
            }
            Texts words = PageLanguage.texts(ctx);
            sendPdf(ctx, diary.report(person, range, words), words);
        });
    }

    /** GET /api/v1/diary/report?from=&to=&format=json|pdf. */
    public void api(Context ctx) {
        gate.forApi(ctx).ifPresent(person -> {
            String format = ctx.queryParam("format");
            if (format != null && !format.equals("json") && !format.equals("pdf")) {
                new ApiError(400, "format", "format must be json or pdf, got " + format).send(ctx);
                return;
            }
            DateRange range;
            try {
                range = Period.parse(ctx.queryParam("from"), ctx.queryParam("to"), diary.today(person));
            } catch (PeriodException e) {
                new ApiError(400, e.field(), e.getMessage()).send(ctx);
                return;
            }
            DoctorReport report = diary.report(person, range, english);
            if ("pdf".equals(format)) {
                sendPdf(ctx, report, english);
            } else {
                InsightsHandlers.json(ctx, report);
            }
        });
    }

    private void show(Context ctx, long person, String from, String to) {
        LocalDate today = diary.today(person);
        DateRange range;
        String error = null;
        try {
            range = Period.parse(from, to, today);
        } catch (PeriodException e) {
            error = e.message(PageLanguage.texts(ctx));
            range = Period.parse(null, null, today);
        }
        Texts words = PageLanguage.texts(ctx);
        String body = ReportBody.of(diary.xhtml(diary.report(person, range, words), words));
        templates.render(ctx, error == null ? 200 : 400, "insights/report.jte", new ReportModel(
                Page.of(ctx, "report.title", "report"),
                error == null ? range.from().toString() : from, error == null ? range.to().toString() : to,
                error, body));
    }

    private void sendPdf(Context ctx, DoctorReport report, Texts words) {
        DateRange range = report.insights().range();
        byte[] pdf = diary.pdf(report, words);
        ctx.header("Content-Disposition", "attachment; filename=\"crampcare-report-" + range.from() + "-to-"
                + range.to() + ".pdf\"");
        ctx.contentType(PDF).result(pdf);
    }
}

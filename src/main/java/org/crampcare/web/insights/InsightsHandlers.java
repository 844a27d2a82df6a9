package org.crampcare.web.insights;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.crampcare.insights.DateRange;
import org.crampcare.insights.Insights;
import org.crampcare.report.Charts;
import org.crampcare.report.TranslatedInsights;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.web.kit.ApiError;
import org.crampcare.web.kit.Page;
import org.crampcare.web.kit.PageLanguage;
import org.crampcare.web.kit.Sessions;
import org.crampcare.web.kit.Templates;

/** The insights page ({@code /diary/insights}) and its API ({@code /api/v1/diary/insights}). */
public final class InsightsHandlers {
    private final DiaryGate gate;
    private final DiaryInsights diary;
    private final Templates templates;

    public InsightsHandlers(Sessions sessions, DiaryInsights diary, Templates templates) {
        this.gate = new DiaryGate(sessions);
        this.diary = diary;
        this.templates = templates;
    }

    /** GET /diary/insights[?from=&to=]: patterns, what helps, possible triggers and the charts. */
    public void page(Context ctx) {
        gate.forPage(ctx).ifPresent(person -> {
            LocalDate today = diary.today(person);
            String from = ctx.queryParam("from");
            String to = ctx.queryParam("to");
            DateRange range;
            String error = null;
            int status = 200;
            try {
                range = Period.parse(from, to, today);
            } catch (PeriodException e) {
                error = e.message(PageLanguage.texts(ctx));
                status = 400;
                range = Period.parse(null, null, today);
            }
            Insights insights = TranslatedInsights.of(diary.insights(person, range), PageLanguage.texts(ctx));
            String shownFrom = error == null ? range.from().toString() : from;
            String shownTo = error == null ? range.to().toString() : to;
            templates.render(ctx, status, "insights/insights.jte", new InsightsModel(
                    Page.of(ctx, "insights.title", "insights"), shownFrom, shownTo, error, insights,
                    Charts.all(insights, PageLanguage.texts(ctx))));
        });
    }

    /** GET /api/v1/diary/insights?from=&to=: the {@link Insights} of the period as JSON. */
    public void api(Context ctx) {
        gate.forApi(ctx).ifPresent(person -> {
            DateRange range;
            try {
                range = Period.parse(ctx.queryParam("from"), ctx.queryParam("to"), diary.today(person));
            } catch (PeriodException e) {
                new ApiError(400, e.field(), e.getMessage()).send(ctx);
                return;
            }
            json(ctx, diary.insights(person, range));
        });
    }

    /** Writes a value as the JSON response with ISO dates. */
    static void json(Context ctx, Object value) {
        try {
            ctx.contentType("application/json").result(AssessmentJson.mapper().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write JSON for " + ctx.path(), e);
        }
    }
}

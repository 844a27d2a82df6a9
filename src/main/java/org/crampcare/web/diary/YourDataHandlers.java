package org.crampcare.web.diary;

import io.javalin.http.Context;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crampcare.diary.DiaryService;
import org.crampcare.diary.ImportSummary;
import org.crampcare.knowledge.Language;
import org.crampcare.triage.InputException;
import org.crampcare.web.kit.Errors;
import org.crampcare.web.kit.Page;
import org.crampcare.web.kit.PageLanguage;
import org.crampcare.web.kit.Sessions;
import org.crampcare.web.kit.Templates;
import org.crampcare.web.kit.Texts;

/** The "your data" page: download CSV or JSON, import a CSV back (all or nothing), delete everything. */
public final class YourDataHandlers {
    /** The import's field names: {@code row 3} or {@code row 3.date}. */
    private static final Pattern ROW = Pattern.compile("row (\\d+)(?:\\.(.+))?");
    private final DiaryService diary;
    private final Sessions sessions;
    private final Templates templates;

    public YourDataHandlers(DiaryService diary, Sessions sessions, Templates templates) {
        this.diary = diary;
        this.sessions = sessions;
        this.templates = templates;
    }

    /** GET /diary/data. */
    public void page(Context ctx) {
        sessions.required(ctx);
        render(ctx, 200, "", null, null);
    }

    /** GET /diary/data/csv: the whole diary as a CSV download. */
    public void csv(Context ctx) {
        long person = sessions.required(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"crampcare-diary.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(diary.yourData().exportCsv(person));
    }

    /** GET /diary/data/json: the whole diary as a JSON download. */
    public void json(Context ctx) {
        long person = sessions.required(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"crampcare-diary.json\"");
        ctx.contentType("application/json").result(diary.yourData().exportJson(person));
    }

    /** POST /diary/data/import: the pasted CSV; one bad row and nothing is written. */
    public void importCsv(Context ctx) {
        long person = sessions.required(ctx);
        String csv = ctx.formParam("csv");
        try {
            ImportSummary s = diary.yourData().importCsv(person, csv == null ? "" : csv);
            render(ctx, 200, "", null, PageLanguage.texts(ctx).f("data.imported", s.cramps(), s.checkIns(), s.assessments()));
        } catch (InputException e) {
            render(ctx, 400, csv, importError(e, PageLanguage.texts(ctx)), null);
        }
    }

    /** POST /diary/data/delete: deletes every cramp, check-in and assessment; the account stays. */
    public void deleteEverything(Context ctx) {
        long person = sessions.required(ctx);
        if (!"yes".equals(ctx.formParam("confirm"))) {
            render(ctx, 400, "", PageLanguage.texts(ctx).get("data.tick"), null);
            return;
        }
        diary.yourData().deleteEverything(person);
        render(ctx, 200, "", null, PageLanguage.texts(ctx).get("data.deleted"));
    }

    /**
     * Why nothing was imported, naming the row and column: in English as the import says it, in
     * another language with the row, the column (the CSV's own name) and the reason's text.
     */
    private static String importError(InputException e, Texts t) {
        if (t.language() == Language.base()) {
            return t.f("data.imported-nothing", e.field(), e.reason());
        }
        Matcher row = ROW.matcher(e.field());
        String where = !row.matches() ? t.get("data.where-file")
                : row.group(2) == null ? t.f("data.where-row", row.group(1))
                : t.f("data.where-cell", row.group(1), row.group(2));
        return t.f("data.imported-nothing", where, Errors.reason(e, t).orElse(t.get("reason.not-accepted")));
    }

    private void render(Context ctx, int status, String csv, String error, String notice) {
        templates.render(ctx, status, "diary/data.jte", new DiaryModels.YourData(Page.of(ctx, "data.title", "diary"),
                csv == null ? "" : csv, error, notice));
    }
}

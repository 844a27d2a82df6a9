package org.crampcare.web.diary;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.crampcare.diary.DiaryService;
import org.crampcare.web.kit.Page;
import org.crampcare.web.kit.Sessions;
import org.crampcare.web.kit.Templates;

/** The history of saved assessments (saving one is on the result page: {@code SaveHandlers}). */
public final class SavedAssessmentHandlers {
    private static final String SHOWN = "EEE d MMM yyyy, HH:mm 'UTC'";
    private final DiaryService diary;
    private final Sessions sessions;
    private final Templates templates;

    public SavedAssessmentHandlers(DiaryService diary, Sessions sessions, Templates templates) {
        this.diary = diary;
        this.sessions = sessions;
        this.templates = templates;
    }

    /** GET /diary/assessments. */
    public void history(Context ctx) {
        long person = sessions.required(ctx);
        Page page = Page.of(ctx, "saved.title", "diary");
        DateTimeFormatter shown = page.texts().date(SHOWN).withZone(ZoneOffset.UTC);
        templates.render(ctx, "diary/assessments.jte", new DiaryModels.Assessments(page,
                diary.assessments(person).stream().map(a -> new DiaryModels.AssessmentRow(a.id(), shown.format(a.takenAt()),
                        DiaryForms.label(page.texts(), "level", a.level().name().toLowerCase(Locale.ROOT)),
                        a.ruleIds().isEmpty() ? page.t("answer.word-none") : String.join(", ", a.ruleIds()))).toList()));
    }

    /** POST /diary/assessments/{id}/delete. */
    public void delete(Context ctx) {
        long person = sessions.required(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse();
        }
        if (!diary.deleteAssessment(person, id)) {
            throw new NotFoundResponse();
        }
        ctx.redirect("/diary/assessments", HttpStatus.SEE_OTHER);
    }
}

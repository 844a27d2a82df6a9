package org.crampcare.web.assessment;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.crampcare.diary.DiaryService;
import org.crampcare.triage.Assessor;
import org.crampcare.web.kit.Sessions;

/**
 * "Save to my diary" on the result page, for a signed-in person.
 *
 * <p>The posted answers are assessed again here, so a saved result is always one CrampCare really gave.
 */
public final class SaveHandlers {
    private final DiaryService diary;
    private final Sessions sessions;
    private final Assessor assessor;

    public SaveHandlers(DiaryService diary, Sessions sessions, Assessor assessor) {
        this.diary = diary;
        this.sessions = sessions;
        this.assessor = assessor;
    }

    /** POST /assessment/save: re-assesses the posted answers and keeps the result in the diary. */
    public void save(Context ctx) {
        long person = sessions.required(ctx);
        WizardState state = WizardState.parse(ctx.formParam("state"));
        diary.saveAssessment(person, state.assess(assessor));
        ctx.redirect("/diary/assessments", HttpStatus.SEE_OTHER);
    }
}

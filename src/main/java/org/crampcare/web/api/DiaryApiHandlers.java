package org.crampcare.web.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.LocalDate;
import java.util.Map;
import org.crampcare.diary.CrampFilter;
import org.crampcare.diary.CrampInput;
import org.crampcare.diary.DiaryService;
import org.crampcare.diary.ImportSummary;
import org.crampcare.diary.Muscle;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.triage.Assessor;
import org.crampcare.triage.InputException;
import org.crampcare.web.kit.ApiProblem;
import org.crampcare.web.kit.DateField;
import org.crampcare.web.kit.Sessions;

/**
 * The diary API under {@code /api/v1/diary}: cramps, check-ins, saved assessments, warnings, export and import.
 *
 * <p>The person always comes from the session or token, never from the request; an id or date of
 * another person's entry answers 404 exactly like one that does not exist.
 */
public final class DiaryApiHandlers {
    private final DiaryService diary;
    private final Sessions sessions;
    private final Assessor assessor;
    private final Handler fhirExport;

    /** The handlers; {@code fhirExport} answers {@code export?format=fhir} (a FHIR collection Bundle). */
    public DiaryApiHandlers(DiaryService diary, Sessions sessions, Assessor assessor, Handler fhirExport) {
        this.diary = diary;
        this.sessions = sessions;
        this.assessor = assessor;
        this.fhirExport = fhirExport;
    }

    /** GET /api/v1/diary/cramps?from=&to=&muscle=. */
    public void cramps(Context ctx) {
        long person = sessions.required(ctx);
        String muscle = ctx.queryParam("muscle");
        CrampFilter filter = new CrampFilter(DateField.parse("from", ctx.queryParam("from")),
                DateField.parse("to", ctx.queryParam("to")), muscle == null || muscle.isBlank() ? null : muscle(muscle));
        json(ctx, 200, Map.of("cramps", diary.cramps(person, filter).stream().map(DiaryJson::cramp).toList()));
    }

    /** POST /api/v1/diary/cramps: 201 with the stored cramp. */
    public void logCramp(Context ctx) {
        long person = sessions.required(ctx);
        CrampInput input = DiaryJson.cramp(DiaryJson.object(ctx.body()));
        json(ctx, 201, DiaryJson.cramp(apiNames(() -> diary.logCramp(person, input))));
    }

    /** GET /api/v1/diary/cramps/{id}. */
    public void cramp(Context ctx) {
        long person = sessions.required(ctx);
        json(ctx, 200, DiaryJson.cramp(diary.cramp(person, id(ctx)).orElseThrow(() -> ApiProblem.notFound("id"))));
    }

    /** PUT /api/v1/diary/cramps/{id}: replaces every field. */
    public void updateCramp(Context ctx) {
        long person = sessions.required(ctx);
        long id = id(ctx);
        CrampInput input = DiaryJson.cramp(DiaryJson.object(ctx.body()));
        json(ctx, 200, DiaryJson.cramp(apiNames(() -> diary.updateCramp(person, id, input))
                .orElseThrow(() -> ApiProblem.notFound("id"))));
    }

    /** DELETE /api/v1/diary/cramps/{id}: 204. */
    public void deleteCramp(Context ctx) {
        long person = sessions.required(ctx);
        if (!diary.deleteCramp(person, id(ctx))) {
            throw ApiProblem.notFound("id");
        }
        ctx.status(204);
    }

    /** GET /api/v1/diary/checkins?from=&to=. */
    public void checkIns(Context ctx) {
        long person = sessions.required(ctx);
        json(ctx, 200, Map.of("check_ins", diary.checkIns(person, DateField.parse("from", ctx.queryParam("from")),
                DateField.parse("to", ctx.queryParam("to"))).stream().map(DiaryJson::checkIn).toList()));
    }

    /** GET /api/v1/diary/checkins/{date}. */
    public void checkIn(Context ctx) {
        long person = sessions.required(ctx);
        json(ctx, 200, DiaryJson.checkIn(diary.checkIn(person, date(ctx)).orElseThrow(() -> ApiProblem.notFound("date"))));
    }

    /** PUT /api/v1/diary/checkins/{date}: saves or replaces the day's check-in. */
    public void saveCheckIn(Context ctx) {
        long person = sessions.required(ctx);
        LocalDate date = date(ctx);
        json(ctx, 200, DiaryJson.checkIn(diary.saveCheckIn(person, DiaryJson.checkIn(date, DiaryJson.object(ctx.body())))));
    }

    /** DELETE /api/v1/diary/checkins/{date}: 204. */
    public void deleteCheckIn(Context ctx) {
        long person = sessions.required(ctx);
        if (!diary.deleteCheckIn(person, date(ctx))) {
            throw ApiProblem.notFound("date");
        }
        ctx.status(204);
    }

    /** GET /api/v1/diary/assessments. */
    public void assessments(Context ctx) {
        long person = sessions.required(ctx);
        json(ctx, 200, Map.of("assessments", diary.assessments(person).stream().map(DiaryJson::assessment).toList()));
    }

    /**
     * POST /api/v1/diary/assessments: takes the contract input, assesses it here and saves the
     * contract result, so a saved result is always one CrampCare really gave.
     */
    public void saveAssessment(Context ctx) {
        long person = sessions.required(ctx);
        json(ctx, 201, DiaryJson.assessment(diary.saveAssessment(person,
                assessor.assess(AssessmentJson.readInput(ctx.body())))));
    }

    /** GET /api/v1/diary/assessments/{id}. */
    public void assessment(Context ctx) {
        long person = sessions.required(ctx);
        json(ctx, 200, DiaryJson.assessment(diary.assessment(person, id(ctx)).orElseThrow(() -> ApiProblem.notFound("id"))));
    }

    /** DELETE /api/v1/diary/assessments/{id}: 204. */
    public void deleteAssessment(Context ctx) {
        long person = sessions.required(ctx);
        if (!diary.deleteAssessment(person, id(ctx))) {
            throw ApiProblem.notFound("id");
        }
        ctx.status(204);
    }

    /** GET /api/v1/diary/warnings: the triage rules the last four weeks meet. */
    public void warnings(Context ctx) {
        long person = sessions.required(ctx);
        json(ctx, 200, Map.of("warnings", diary.patternWarnings(person).stream().map(DiaryJson::warning).toList()));
    }

    /** GET /api/v1/diary/export?format=csv|json|fhir. */
    public void export(Context ctx) throws Exception {
        long person = sessions.required(ctx);
        String format = ctx.queryParam("format");
        if ("csv".equals(format)) {
            ctx.header("Content-Disposition", "attachment; filename=\"crampcare-diary.csv\"");
            ctx.contentType("text/csv; charset=utf-8").result(diary.yourData().exportCsv(person));
        } else if ("json".equals(format)) {
            ctx.header("Content-Disposition", "attachment; filename=\"crampcare-diary.json\"");
            ctx.contentType("application/json").result(diary.yourData().exportJson(person));
        } else if ("fhir".equals(format)) {
            fhirExport.handle(ctx);
        } else {
            throw new InputException("format", "expected csv, json or fhir");
        }
    }

    /** POST /api/v1/diary/import (text/csv): all or nothing. */
    public void importCsv(Context ctx) {
        long person = sessions.required(ctx);
        ImportSummary s = diary.yourData().importCsv(person, ctx.body());
        json(ctx, 200, Map.of("cramps", s.cramps(), "check_ins", s.checkIns(), "assessments", s.assessments()));
    }

    /** Runs a diary call, renaming the diary's field {@code when} to the API's {@code time}. */
    private static <T> T apiNames(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (InputException e) {
            throw e.field().equals("when") ? new InputException("time", e.reason()) : e;
        }
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiProblem.notFound("id");
        }
    }

    private static LocalDate date(Context ctx) {
        return DateField.parse("date", ctx.pathParam("date"));
    }

    private static Muscle muscle(String value) {
        for (Muscle m : Muscle.values()) {
            if (m.value().equals(value)) {
                return m;
            }
        }
        throw new InputException("muscle", "expected a muscle such as calf, foot or hamstring");
    }

    static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(AssessmentJson.write(body));
    }
}

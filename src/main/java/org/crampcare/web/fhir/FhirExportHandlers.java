package org.crampcare.web.fhir;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.crampcare.diary.CrampEntry;
import org.crampcare.diary.CrampFilter;
import org.crampcare.diary.DiaryService;
import org.crampcare.diary.SavedAssessment;
import org.crampcare.fhir.DiaryExport;
import org.crampcare.fhir.FhirService;
import org.crampcare.insights.DateRange;
import org.crampcare.triage.InputException;
import org.crampcare.web.kit.DateField;
import org.crampcare.web.kit.Sessions;

/**
 * The signed-in person's diary as a FHIR collection Bundle: from the API
 * ({@code GET /api/v1/diary/export?format=fhir&from=&to=}) and from the data page
 * ({@code POST /diary/data/fhir}, where the person may type a name for the Patient resource; it is
 * put in the file and never stored).
 *
 * <p>One export covers one period, {@value #DEFAULT_DAYS} days up to today by default and
 * {@value #MAX_DAYS} at most, with the doctor report of the same period attached as a PDF: that
 * bounds the size of the file and of the work.
 */
public final class FhirExportHandlers {
    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 366;
    static final int MAX_NAME = 200;
    private static final String FILE = "attachment; filename=\"crampcare-diary-fhir.json\"";
    private final DiaryService diary;
    private final Sessions sessions;
    private final FhirService fhir;
    private final ReportSource reports;
    private final Clock clock;

    public FhirExportHandlers(DiaryService diary, Sessions sessions, FhirService fhir, ReportSource reports, Clock clock) {
        this.diary = diary;
        this.sessions = sessions;
        this.fhir = fhir;
        this.reports = reports;
        this.clock = clock;
    }

    /** GET /api/v1/diary/export?format=fhir (only dates travel in the URL). */
    public void api(Context ctx) {
        long person = sessions.required(ctx);
        send(ctx, person, ctx.queryParam("from"), ctx.queryParam("to"), null);
    }

    /** POST /diary/data/fhir: the download button of the data page, with the optional name. */
    public void download(Context ctx) {
        long person = sessions.required(ctx);
        String name = ctx.formParam("name");
        if (name != null && name.strip().length() > MAX_NAME) {
            throw new InputException("name", "use at most " + MAX_NAME + " characters", "too-long", MAX_NAME);
        }
        send(ctx, person, ctx.formParam("from"), ctx.formParam("to"), name);
    }

    private void send(Context ctx, long person, String fromText, String toText, String name) {
        DateRange range = range(person, fromText, toText);
        List<CrampEntry> cramps = diary.cramps(person, CrampFilter.between(range.from(), range.to()));
        ZoneId zone = cramps.stream().max(Comparator.comparing(CrampEntry::when)).map(CrampEntry::zone).orElse(ZoneOffset.UTC);
        List<SavedAssessment> assessments = diary.assessments(person).stream()
                .filter(a -> range.contains(LocalDate.ofInstant(a.takenAt(), zone)))
                .sorted(Comparator.comparing(SavedAssessment::takenAt)).toList();
        DiaryExport export = new DiaryExport(range.from(), range.to(), cramps,
                diary.checkIns(person, range.from(), range.to()), assessments, reports.pdf(person, range),
                name, clock.instant());
        ctx.header("Content-Disposition", FILE);
        ctx.status(200).contentType("application/fhir+json; charset=utf-8").result(fhir.diaryBundle(export));
    }

    private DateRange range(long person, String fromText, String toText) {
        LocalDate to = blank(toText) ? reports.today(person) : DateField.parse("to", toText);
        LocalDate from = blank(fromText) ? to.minusDays(DEFAULT_DAYS - 1L) : DateField.parse("from", fromText);
        if (to.isBefore(from)) {
            throw new InputException("to", "must be on or after from (" + from + ")", "before-from", from);
        }
        DateRange range = new DateRange(from, to);
        if (range.days() > MAX_DAYS) {
            throw new InputException("from", "one FHIR export covers at most " + MAX_DAYS + " days, got " + range.days(),
                    "max-days", MAX_DAYS, range.days());
        }
        return range;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package org.crampcare.web.diary;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crampcare.diary.CheckInInput;
import org.crampcare.diary.DiaryService;
import org.crampcare.diary.Exercise;
import org.crampcare.diary.SleepPosition;
import org.crampcare.triage.InputException;
import org.crampcare.web.kit.Errors;
import org.crampcare.web.kit.Page;
import org.crampcare.web.kit.PageLanguage;
import org.crampcare.web.kit.Sessions;
import org.crampcare.web.kit.Templates;

/**
 * The daily check-in page, pre-filled with the day's own check-in or else with yesterday's answers.
 *
 * <p>"Today" is the person's own day, not the server's: in the time zone the browser reports in the
 * {@value #ZONE_COOKIE} cookie (set by {@code app.js}), else the zone of the person's latest cramp (the
 * zone their device sent when logging it), else UTC. A person in Auckland checking in at 08:00 gets
 * their own date, though it is still yesterday in UTC.
 */
public final class CheckInHandlers {
    /** The cookie in which the browser's script reports its IANA time zone. */
    public static final String ZONE_COOKIE = "cc_zone";
    private static final int MAX_ZONE = 64;
    private final DiaryService diary;
    private final Sessions sessions;
    private final Templates templates;
    private final Clock clock;

    public CheckInHandlers(DiaryService diary, Sessions sessions, Templates templates, Clock clock) {
        this.diary = diary;
        this.sessions = sessions;
        this.templates = templates;
        this.clock = clock;
    }

    /** GET /diary/checkin: today's form. */
    public void page(Context ctx) {
        long person = sessions.required(ctx);
        LocalDate today = today(ctx, person);
        CheckInInput in = diary.checkIn(person, today).map(c -> c.toInput())
                .orElseGet(() -> diary.checkInTemplate(person, today));
        templates.render(ctx, "diary/checkin.jte", form(ctx, in, null, null));
    }

    /** POST /diary/checkin: saves the day's check-in (replacing an earlier one of the same day). */
    public void save(Context ctx) {
        long person = sessions.required(ctx);
        CheckInInput in = null;
        try {
            in = DiaryForms.checkIn(ctx);
            diary.saveCheckIn(person, in);
        } catch (InputException e) {
            CheckInInput shown = in != null ? in : diary.checkInTemplate(person, today(ctx, person));
            templates.render(ctx, 400, "diary/checkin.jte", form(ctx, shown, Errors.formMessage(e, PageLanguage.texts(ctx)), null));
            return;
        }
        templates.render(ctx, "diary/checkin.jte", form(ctx, in, null, PageLanguage.texts(ctx).f("checkin.saved", in.date())));
    }

    /** The person's day now, in their own time zone (see the class comment). */
    LocalDate today(Context ctx, long person) {
        ZoneId zone = browserZone(ctx.cookie(ZONE_COOKIE)).or(() -> diary.latestZone(person)).orElse(ZoneOffset.UTC);
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The zone of the cookie when it names a real IANA zone; a bad value is ignored, not an error. */
    static Optional<ZoneId> browserZone(String value) {
        if (value == null || value.isBlank() || value.length() > MAX_ZONE) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(value.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private DiaryModels.CheckInForm form(Context ctx, CheckInInput in, String error, String notice) {
        Map<String, String> numbers = new LinkedHashMap<>();
        numbers.put("heat_minutes", text(in.heatMinutes()));
        numbers.put("fluid_glasses", text(in.fluidGlasses()));
        numbers.put("caffeine_drinks", text(in.caffeineDrinks()));
        numbers.put("alcohol_drinks", text(in.alcoholDrinks()));
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put("long_sitting", flag(in.longSitting()));
        flags.put("long_standing", flag(in.longStanding()));
        flags.put("tight_shoes", flag(in.tightShoes()));
        flags.put("medicine_changed", flag(in.medicineChanged()));
        Page page = Page.of(ctx, "checkin.title", "diary");
        return new DiaryModels.CheckInForm(page, String.valueOf(in.date()),
                DiaryForms.options(page.texts(), "exercise", "exercise", DiaryHandlers.words(Exercise.values()),
                        in.exercise() == null ? List.of() : List.of(in.exercise())),
                DiaryForms.options(page.texts(), "sleep", "sleep", DiaryHandlers.words(SleepPosition.values()),
                        in.sleepPosition() == null ? List.of() : List.of(in.sleepPosition())),
                numbers, flags, in.note() == null ? "" : in.note(), error, notice);
    }

    private static String text(Integer n) {
        return n == null ? "" : String.valueOf(n);
    }

    private static String flag(Boolean b) {
        return b == null ? "" : b ? "yes" : "no";
    }
}

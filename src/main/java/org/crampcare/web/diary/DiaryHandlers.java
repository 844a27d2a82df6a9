package org.crampcare.web.diary;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.crampcare.diary.Activity;
import org.crampcare.diary.CrampEntry;
import org.crampcare.diary.CrampFilter;
import org.crampcare.diary.CrampInput;
import org.crampcare.diary.DiaryService;
import org.crampcare.diary.Muscle;
import org.crampcare.diary.PatternWarning;
import org.crampcare.diary.Relief;
import org.crampcare.diary.Side;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.triage.InputException;
import org.crampcare.web.kit.DateField;
import org.crampcare.web.kit.Errors;
import org.crampcare.web.kit.Page;
import org.crampcare.web.kit.PageLanguage;
import org.crampcare.knowledge.Rule;
import org.crampcare.knowledge.Language;
import org.crampcare.web.kit.Texts;
import org.crampcare.web.kit.Sessions;
import org.crampcare.web.kit.SourceLink;
import org.crampcare.web.kit.Templates;

/**
 * The diary pages for cramps: the diary home with "log a cramp now" (and its copy for use
 * offline), the list with filters, and the details form.
 *
 * <p>"Log a cramp now" is two taps from the home page: the menu's "My diary", then a muscle button
 * (a POST that logs with the time now). The details can be added afterwards.
 */
public final class DiaryHandlers {
    private static final String SHOWN = "EEE d MMM yyyy, HH:mm";
    private static final int RECENT = 10;
    private final DiaryService diary;
    private final Sessions sessions;
    private final Templates templates;
    private final KnowledgeBase knowledge;

    public DiaryHandlers(DiaryService diary, Sessions sessions, Templates templates, KnowledgeBase knowledge) {
        this.diary = diary;
        this.sessions = sessions;
        this.templates = templates;
        this.knowledge = knowledge;
    }

    /** GET /diary. */
    public void home(Context ctx) {
        long person = sessions.required(ctx);
        Page page = Page.of(ctx, "diary.title", "diary");
        Texts t = page.texts();
        KnowledgeBase k = knowledge.in(t.language());
        List<DiaryModels.Warning> warnings = diary.patternWarnings(person).stream().map(w -> new DiaryModels.Warning(
                w.ruleId(), k.level(w.level()).label(), explanation(k, w.ruleId(), w.explanation()),
                finding(w, t),
                SourceLink.of(w.sources().stream().map(s -> s.id()).toList(), k.sources()))).toList();
        List<DiaryModels.CrampRow> recent = diary.cramps(person, CrampFilter.all()).stream().limit(RECENT)
                .map(c -> row(c, t)).toList();
        templates.render(ctx, "diary/home.jte", new DiaryModels.Home(page,
                DiaryForms.options(t, "muscle", "log", words(Muscle.values()), List.of()), warnings, recent,
                String.valueOf(person)));
    }

    /**
     * What in the diary meets a warning's rule: the diary's English sentence in English, else the
     * language's sentence for the rule with the same numbers ({@code diary.finding.a2-many}...).
     */
    private static String finding(PatternWarning w, Texts t) {
        if (t.language() == Language.base()) {
            return w.finding();
        }
        String key = "diary.finding." + w.ruleId().toLowerCase(Locale.ROOT) + (w.cramps() == 1 ? "-one" : "-many");
        return t.has(key) ? t.f(key, w.cramps(), w.weeks(), String.format(Locale.ROOT, "%.1f",
                w.cramps() / (double) w.weeks()), w.longestMinutes()) : t.get("diary.finding");
    }

    /**
     * GET /diary/offline: "log a cramp now" without anything personal, which the service worker keeps
     * and shows for the diary's pages when there is no connection ({@code diary.js} then keeps the
     * cramps on the device until they can be sent).
     */
    public void offline(Context ctx) {
        Page page = Page.of(ctx, "diary.title", "diary");
        templates.render(ctx, "diary/offline.jte", new DiaryModels.OfflineLog(page,
                DiaryForms.options(page.texts(), "muscle", "log", words(Muscle.values()), List.of())));
    }

    /** POST /diary/log: logs a cramp now in the tapped muscle (or none), then opens its details form. */
    public void log(Context ctx) {
        long person = sessions.required(ctx);
        String muscle = ctx.formParam("muscle");
        CrampInput input = muscle == null || muscle.isBlank() || muscle.equals("unsure")
                ? new CrampInput(null, DiaryForms.zone(ctx), null, null, null, null, null, null, null)
                : CrampInput.now(muscle, DiaryForms.zone(ctx));
        CrampEntry entry = diary.logCramp(person, input);
        ctx.redirect("/diary/cramps/" + entry.id() + "?logged=1", HttpStatus.SEE_OTHER);
    }

    /** GET /diary/cramps: every cramp, newest first. */
    public void list(Context ctx) {
        long person = sessions.required(ctx);
        renderList(ctx, 200, "", "", null, diary.cramps(person, CrampFilter.all()), null);
    }

    /** POST /diary/cramps: the list filtered by local dates and muscle. */
    public void filter(Context ctx) {
        long person = sessions.required(ctx);
        String from = ctx.formParamAsClass("from", String.class).getOrDefault("");
        String to = ctx.formParamAsClass("to", String.class).getOrDefault("");
        String muscle = ctx.formParam("muscle");
        try {
            Muscle m = muscle == null || muscle.isBlank() ? null : Arrays.stream(Muscle.values())
                    .filter(x -> x.value().equals(muscle)).findFirst()
                    .orElseThrow(() -> new InputException("muscle", "expected one of the listed muscles",
                            "muscle"));
            List<CrampEntry> rows = diary.cramps(person, new CrampFilter(DateField.parse("from", from),
                    DateField.parse("to", to), m));
            renderList(ctx, 200, from, to, muscle, rows, null);
        } catch (InputException e) {
            renderList(ctx, 400, from, to, muscle, List.of(), Errors.formMessage(e, PageLanguage.texts(ctx)));
        }
    }

    /** GET /diary/cramps/{id}: the details form. */
    public void edit(Context ctx) {
        long person = sessions.required(ctx);
        CrampEntry c = diary.cramp(person, id(ctx)).orElseThrow(NotFoundResponse::new);
        String notice = ctx.queryParam("logged") != null
                ? "Logged. You can add details now or later from My diary." : null;
        templates.render(ctx, "diary/cramp.jte", form(ctx, c, c.toInput(), null, notice));
    }

    /** POST /diary/cramps/{id}: saves the details. */
    public void save(Context ctx) {
        long person = sessions.required(ctx);
        long id = id(ctx);
        CrampEntry c = diary.cramp(person, id).orElseThrow(NotFoundResponse::new);
        CrampInput input;
        try {
            input = DiaryForms.cramp(ctx);
            diary.updateCramp(person, id, input).orElseThrow(NotFoundResponse::new);
        } catch (InputException e) {
            templates.render(ctx, 400, "diary/cramp.jte", form(ctx, c, c.toInput(), Errors.formMessage(e, PageLanguage.texts(ctx)), null));
            return;
        }
        ctx.redirect("/diary", HttpStatus.SEE_OTHER);
    }

    /** POST /diary/cramps/{id}/delete. */
    public void delete(Context ctx) {
        long person = sessions.required(ctx);
        if (!diary.deleteCramp(person, id(ctx))) {
            throw new NotFoundResponse();
        }
        ctx.redirect("/diary/cramps", HttpStatus.SEE_OTHER);
    }

    private void renderList(Context ctx, int status, String from, String to, String muscle, List<CrampEntry> rows,
                            String error) {
        Page page = Page.of(ctx, "cramps.title", "diary");
        Texts t = page.texts();
        templates.render(ctx, status, "diary/cramps.jte", new DiaryModels.CrampList(page, from, to,
                DiaryForms.options(t, "muscle", "filter", words(Muscle.values()), muscle == null ? List.of() : List.of(muscle)),
                rows.stream().map(c -> row(c, t)).toList(), error));
    }

    private DiaryModels.CrampForm form(Context ctx, CrampEntry c, CrampInput in, String error, String notice) {
        Map<String, Integer> relief = in.relief() == null ? Map.of() : in.relief();
        Page page = Page.of(ctx, "cramp.title", "diary");
        Texts t = page.texts();
        return new DiaryModels.CrampForm(page, c.id(),
                c.localDateTime().withSecond(0).withNano(0).toString(), c.zone().getId(),
                DiaryForms.options(t, "muscle", "muscle", words(Muscle.values()), in.muscles()),
                DiaryForms.options(t, "side", "side", words(Side.values()), in.side() == null ? List.of() : List.of(in.side())),
                DiaryForms.options(t, "activity", "activity", words(Activity.values()), in.activities()),
                Arrays.stream(Relief.values()).map(r -> new DiaryModels.ReliefChoice(r.value(), DiaryForms.label(t, "relief", r.value()),
                        relief.containsKey(r.value()) ? String.valueOf(relief.get(r.value())) : "")).toList(),
                c.durationSeconds() == null ? "" : String.valueOf((c.durationSeconds() + 59) / 60),
                c.pain() == null ? "" : String.valueOf(c.pain()), c.note() == null ? "" : c.note(), error, notice);
    }

    static DiaryModels.CrampRow row(CrampEntry c, Texts t) {
        String muscles = c.muscles().isEmpty() ? t.get("diary.muscle-not-given")
                : c.muscles().stream().map(m -> DiaryForms.label(t, "muscle", m.value())).collect(Collectors.joining(", "));
        StringBuilder details = new StringBuilder();
        if (c.side() != null) {
            details.append(t.get("row.side." + c.side().value())).append(' ');
        }
        if (c.durationSeconds() != null) {
            details.append(t.f("row.minutes", (c.durationSeconds() + 59) / 60)).append(' ');
        }
        if (c.pain() != null) {
            details.append(t.f("row.pain", c.pain())).append(' ');
        }
        if (c.wokeFromSleep()) {
            details.append(t.get("diary.woke")).append(' ');
        }
        return new DiaryModels.CrampRow(c.id(), c.localDateTime().format(t.date(SHOWN)), muscles, details.toString().strip());
    }

    /** A warning's rule explanation in the knowledge's language (the diary keeps the English one). */
    private static String explanation(KnowledgeBase k, String ruleId, String english) {
        return k.rules().stream().filter(r -> r.id().equals(ruleId)).map(Rule::explanation).findFirst().orElse(english);
    }

    static <E extends Enum<E>> List<String> words(E[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFoundResponse();
        }
    }
}

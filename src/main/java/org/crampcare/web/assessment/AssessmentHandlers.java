package org.crampcare.web.assessment;

import io.javalin.http.Context;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.triage.AssessmentInput;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Assessor;
import org.crampcare.triage.InputException;
import org.crampcare.triage.TextEvidence;
import org.crampcare.knowledge.Language;
import org.crampcare.web.kit.Page;
import org.crampcare.web.kit.Metrics;
import org.crampcare.web.kit.PageLanguage;
import org.crampcare.web.kit.Templates;

/**
 * The assessment wizard: start page, one page per screen, the emergency stop and the result.
 *
 * <p>Every step is a POST carrying the answers so far in a hidden field, so the whole path works
 * without JavaScript and no health answer ever appears in a URL. Any emergency answer ends the
 * wizard at once with the emergency page.
 */
public final class AssessmentHandlers {
    static final int MAX_TEXT = AssessmentInput.MAX_TEXT_CHARS;
    private final Assessor assessor;
    private final Templates templates;
    private final ScreenReader reader;
    private final Map<Language, StepBuilder> steps = new EnumMap<>(Language.class);
    private final Map<Language, ResultModels> results = new EnumMap<>(Language.class);
    private final Metrics metrics;

    public AssessmentHandlers(Assessor assessor, Templates templates, Metrics metrics) {
        this.assessor = assessor;
        this.metrics = metrics;
        this.templates = templates;
        this.reader = new ScreenReader(assessor);
        for (Language language : Language.all()) {
            StepBuilder builder = new StepBuilder(assessor.knowledge().in(language));
            steps.put(language, builder);
            results.put(language, new ResultModels(assessor.knowledge().in(language), builder));
        }
    }

    /** GET /assessment: how it works, the start button and the free-text box. */
    public void start(Context ctx) {
        templates.render(ctx, "assessment/start.jte", new StartModel(page(ctx), "", null, steps(ctx).steps()));
    }

    /** POST /assessment/step: applies the submitted screen and moves on (next, back, show, result). */
    public void step(Context ctx) {
        WizardState state;
        try {
            state = WizardState.parse(ctx.formParam("state"));
            state.assess(assessor);
        } catch (InputException e) {
            templates.render(ctx, 400, "assessment/start.jte", new StartModel(page(ctx), "",
                    page(ctx).t("start.bad-state"), steps(ctx).steps()));
            return;
        }
        int step = clamp(ctx.formParam("step"));
        String nav = ctx.formParamAsClass("nav", String.class).getOrDefault("next");
        if (nav.equals("show")) {
            showStep(ctx, step, state, List.of());
            return;
        }
        ScreenReader.Outcome outcome = reader.read(steps(ctx).shownItems(step, state.answers()), ctx.formParamMap(), state);
        if (nav.equals("back")) {
            showStep(ctx, Math.max(0, step - 1), outcome.state(), List.of());
            return;
        }
        if (!outcome.errors().isEmpty()) {
            templates.render(ctx, 400, "assessment/step.jte", steps(ctx).build(page(ctx), step, outcome.state(), outcome.errors(),
                    ctx.formParamMap(), List.of()));
            return;
        }
        advance(ctx, step, nav.equals("result"), outcome.state());
    }

    /** POST /assessment/text: reads the description and pre-fills the wizard with what was understood. */
    public void text(Context ctx) {
        String text = ctx.formParamAsClass("text", String.class).getOrDefault("").strip();
        Page page = page(ctx);
        String problem = text.isEmpty() ? page.t("start.text-empty")
                : text.codePointCount(0, text.length()) > MAX_TEXT ? page.texts().f("start.text-long", MAX_TEXT) : null;
        if (problem != null) {
            templates.render(ctx, 400, "assessment/start.jte", new StartModel(page, text, problem, steps(ctx).steps()));
            return;
        }
        AssessmentResult read;
        try {
            read = assessor.assessIn(PageLanguage.of(ctx), AssessmentInput.ofText(text), java.util.Set.of());
        } catch (InputException e) {
            templates.render(ctx, "assessment/start.jte", new StartModel(page, text, page.t("start.text-unavailable"),
                    steps(ctx).steps()));
            return;
        }
        WizardState state = fromText(read);
        if (read.triage() == TriageLevel.EMERGENCY) {
            metrics.assessed(read.triage());
            templates.render(ctx, "assessment/emergency.jte", results(ctx).emergency(page, read, state));
            return;
        }
        showStep(ctx, 0, state, results(ctx).understood(state, page.texts()));
    }

    private void advance(Context ctx, int step, boolean resultNow, WizardState submitted) {
        AssessmentResult result = submitted.assess(assessor, PageLanguage.of(ctx));
        WizardState state = new WizardState(result.answers(), submitted.skipped(), submitted.fromText(),
                submitted.stillToConfirm(result.answers()));
        if (result.triage() == TriageLevel.EMERGENCY) {
            metrics.assessed(result.triage());
            templates.render(ctx, "assessment/emergency.jte", results(ctx).emergency(page(ctx), result, state));
            return;
        }
        boolean lastStep = step + 1 >= steps(ctx).steps();
        boolean urgentAndSettled = result.triage() == TriageLevel.URGENT && result.complete();
        if (resultNow || lastStep || urgentAndSettled) {
            metrics.assessed(result.triage());
            templates.render(ctx, "assessment/result.jte", results(ctx).result(page(ctx), result, state));
            return;
        }
        showStep(ctx, step + 1, state, List.of());
    }

    private void showStep(Context ctx, int step, WizardState state, List<UnderstoodModel> understood) {
        templates.render(ctx, "assessment/step.jte", steps(ctx).build(page(ctx), step, state, Map.of(), Map.of(), understood));
    }

    private static WizardState fromText(AssessmentResult read) {
        Map<String, TextAnswer> fromText = new java.util.LinkedHashMap<>();
        for (TextEvidence e : read.textEvidence()) {
            if (read.fromText().contains(e.item()) && !fromText.containsKey(e.item())) {
                fromText.put(e.item(), new TextAnswer(read.answers().get(e.item()), e.quote()));
            }
        }
        Map<String, String> toConfirm = new java.util.LinkedHashMap<>();
        read.toConfirm().forEach(c -> toConfirm.putIfAbsent(c.item(), c.quote()));
        return new WizardState(read.answers(), java.util.Set.of(), fromText, toConfirm);
    }

    private int clamp(String step) {
        try {
            return Math.max(0, Math.min(steps.get(Language.base()).steps() - 1, Integer.parseInt(step == null ? "0" : step)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Page page(Context ctx) {
        return Page.of(ctx, "start.title", "assessment");
    }

    /** The wizard's pages in the language of the request. */
    private StepBuilder steps(Context ctx) {
        return steps.get(PageLanguage.of(ctx));
    }

    private ResultModels results(Context ctx) {
        return results.get(PageLanguage.of(ctx));
    }
}

package org.crampcare.web.assessment;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.triage.AssessmentInput;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Assessor;
import org.crampcare.triage.InputException;
import org.crampcare.triage.TextEvidence;
import org.crampcare.web.kit.Page;
import org.crampcare.web.kit.Metrics;
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
    private final StepBuilder steps;
    private final ScreenReader reader;
    private final ResultModels results;
    private final Metrics metrics;

    public AssessmentHandlers(Assessor assessor, Templates templates, Metrics metrics) {
        this.assessor = assessor;
        this.metrics = metrics;
        this.templates = templates;
        this.steps = new StepBuilder(assessor.knowledge());
        this.reader = new ScreenReader(assessor);
        this.results = new ResultModels(assessor.knowledge(), steps);
    }

    /** GET /assessment: how it works, the start button and the free-text box. */
    public void start(Context ctx) {
        templates.render(ctx, "assessment/start.jte", new StartModel(page(ctx), "", null, steps.steps()));
    }

    /** POST /assessment/step: applies the submitted screen and moves on (next, back, show, result). */
    public void step(Context ctx) {
        WizardState state;
        try {
            state = WizardState.parse(ctx.formParam("state"));
            state.assess(assessor);
        } catch (InputException e) {
            templates.render(ctx, 400, "assessment/start.jte", new StartModel(page(ctx), "",
                    "Your earlier answers could not be read, so please start again.", steps.steps()));
            return;
        }
        int step = clamp(ctx.formParam("step"));
        String nav = ctx.formParamAsClass("nav", String.class).getOrDefault("next");
        if (nav.equals("show")) {
            showStep(ctx, step, state, List.of());
            return;
        }
        ScreenReader.Outcome outcome = reader.read(steps.shownItems(step, state.answers()), ctx.formParamMap(), state);
        if (nav.equals("back")) {
            showStep(ctx, Math.max(0, step - 1), outcome.state(), List.of());
            return;
        }
        if (!outcome.errors().isEmpty()) {
            templates.render(ctx, 400, "assessment/step.jte", steps.build(page(ctx), step, outcome.state(), outcome.errors(),
                    ctx.formParamMap(), List.of()));
            return;
        }
        advance(ctx, step, nav.equals("result"), outcome.state());
    }

    /** POST /assessment/text: reads the description and pre-fills the wizard with what was understood. */
    public void text(Context ctx) {
        String text = ctx.formParamAsClass("text", String.class).getOrDefault("").strip();
        String problem = text.isEmpty() ? "Write a few words about your cramp first, or answer the questions instead."
                : text.codePointCount(0, text.length()) > MAX_TEXT ? "Please keep it under " + MAX_TEXT + " characters." : null;
        if (problem != null) {
            templates.render(ctx, 400, "assessment/start.jte", new StartModel(page(ctx), text, problem, steps.steps()));
            return;
        }
        AssessmentResult read;
        try {
            read = assessor.assess(AssessmentInput.ofText(text));
        } catch (InputException e) {
            templates.render(ctx, "assessment/start.jte", new StartModel(page(ctx), text,
                    "Reading descriptions is not available on this server yet, and nothing you wrote was stored."
                            + " Please answer the questions instead; it takes about two minutes.", steps.steps()));
            return;
        }
        WizardState state = fromText(read);
        if (read.triage() == TriageLevel.EMERGENCY) {
            metrics.assessed(read.triage());
            templates.render(ctx, "assessment/emergency.jte", results.emergency(page(ctx), read, state));
            return;
        }
        showStep(ctx, 0, state, results.understood(state));
    }

    private void advance(Context ctx, int step, boolean resultNow, WizardState submitted) {
        AssessmentResult result = submitted.assess(assessor);
        WizardState state = new WizardState(result.answers(), submitted.skipped(), submitted.fromText(),
                submitted.stillToConfirm(result.answers()));
        if (result.triage() == TriageLevel.EMERGENCY) {
            metrics.assessed(result.triage());
            templates.render(ctx, "assessment/emergency.jte", results.emergency(page(ctx), result, state));
            return;
        }
        boolean lastStep = step + 1 >= steps.steps();
        boolean urgentAndSettled = result.triage() == TriageLevel.URGENT && result.complete();
        if (resultNow || lastStep || urgentAndSettled) {
            metrics.assessed(result.triage());
            templates.render(ctx, "assessment/result.jte", results.result(page(ctx), result, state));
            return;
        }
        showStep(ctx, step + 1, state, List.of());
    }

    private void showStep(Context ctx, int step, WizardState state, List<UnderstoodModel> understood) {
        templates.render(ctx, "assessment/step.jte", steps.build(page(ctx), step, state, Map.of(), Map.of(), understood));
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
            return Math.max(0, Math.min(steps.steps() - 1, Integer.parseInt(step == null ? "0" : step)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Page page(Context ctx) {
        return Page.of(ctx, "Check my cramp", "assessment");
    }
}

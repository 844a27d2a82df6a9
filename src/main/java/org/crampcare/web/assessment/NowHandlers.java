package org.crampcare.web.assessment;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.Item;
import org.crampcare.triage.AssessmentInput;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Assessor;
import org.crampcare.web.kit.OptionModel;
import org.crampcare.web.kit.Page;
import org.crampcare.web.kit.Templates;

/**
 * "I'm cramping right now": relief steps in two taps (home, then the muscle), emergency signs beside.
 *
 * <p>The muscle is posted, not put in the URL, like every other health answer.
 */
public final class NowHandlers {
    static final String ANYWHERE = "anywhere";
    private final Assessor assessor;
    private final Templates templates;
    private final ResultModels models;
    private final Item locations;

    public NowHandlers(Assessor assessor, Templates templates) {
        this.assessor = assessor;
        this.templates = templates;
        this.models = new ResultModels(assessor.knowledge(), new StepBuilder(assessor.knowledge()));
        this.locations = assessor.knowledge().item("locations").orElseThrow();
    }

    /** GET /now: which muscle is cramping? */
    public void picker(Context ctx) {
        List<OptionModel> muscles = new java.util.ArrayList<>(locations.values().stream()
                .map(v -> new OptionModel(v.value(), v.label(), "muscle-" + v.value(), false)).toList());
        muscles.add(new OptionModel(ANYWHERE, "Somewhere else, or not sure", "muscle-" + ANYWHERE, false));
        templates.render(ctx, "assessment/now-picker.jte", new NowModel(Page.of(ctx, "Cramping right now", "now"), muscles, null,
                List.of()));
    }

    /** POST /now: the relief steps for the picked muscle. */
    public void steps(Context ctx) {
        String muscle = ctx.formParamAsClass("muscle", String.class).getOrDefault(ANYWHERE);
        if (!muscle.equals(ANYWHERE) && !locations.allows(muscle)) {
            throw new BadRequestResponse("Please pick a muscle from the list.");
        }
        Map<String, Object> answers = muscle.equals(ANYWHERE) ? Map.of("cramping_now", true)
                : Map.of("cramping_now", true, "locations", List.of(muscle));
        AssessmentResult r = assessor.assess(AssessmentInput.of(answers));
        String label = muscle.equals(ANYWHERE) ? null : locations.labelOf(muscle);
        templates.render(ctx, "assessment/now-steps.jte", new NowModel(Page.of(ctx, "Easing your cramp now", "now"), List.of(),
                label, models.advice(r.advice().relief())));
    }
}

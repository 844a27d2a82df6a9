package org.crampcare.web.assessment;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.Item;
import org.crampcare.knowledge.ItemValue;
import org.crampcare.triage.AssessmentInput;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Assessor;
import org.crampcare.web.kit.OptionModel;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Language;
import org.crampcare.web.kit.Page;
import org.crampcare.web.kit.PageLanguage;
import org.crampcare.web.kit.Templates;

/**
 * "I'm cramping right now": relief steps in two taps (home, then the muscle), emergency signs beside.
 *
 * <p>Each muscle's steps are a public page at {@code GET /now/steps?muscle=...} that any device can
 * keep for use without a connection, like a knowledge page: it says nothing about the person. The
 * muscle travels in the query string, which the access log never writes. {@code POST /now} (the
 * picker before issue #16) still answers the same page.
 */
public final class NowHandlers {
    static final String ANYWHERE = "anywhere";
    private final Assessor assessor;
    private final Templates templates;
    private final Item locations;

    public NowHandlers(Assessor assessor, Templates templates) {
        this.assessor = assessor;
        this.templates = templates;
        this.locations = assessor.knowledge().item("locations").orElseThrow();
    }

    /** GET /now: which muscle is cramping? */
    public void picker(Context ctx) {
        Page page = Page.of(ctx, "now.title", "now");
        Item labels = locations(ctx);
        List<OptionModel> muscles = muscles().stream()
                .map(m -> new OptionModel(m, m.equals(ANYWHERE) ? page.t("now.anywhere") : labels.labelOf(m),
                        "muscle-" + m, false)).toList();
        templates.render(ctx, "assessment/now-picker.jte", new NowModel(page, muscles, null,
                List.of()));
    }

    /** GET /now/steps?muscle=: the relief steps for the picked muscle (every muscle when none is given). */
    public void stepsPage(Context ctx) {
        render(ctx, ctx.queryParamAsClass("muscle", String.class).getOrDefault(ANYWHERE));
    }

    /** POST /now: the same relief steps for a posted muscle. */
    public void steps(Context ctx) {
        render(ctx, ctx.formParamAsClass("muscle", String.class).getOrDefault(ANYWHERE));
    }

    /** The addresses of the picker and of every muscle's steps, for the offline copies. */
    public List<String> offlinePages() {
        List<String> pages = new ArrayList<>(List.of("/now"));
        muscles().forEach(m -> pages.add("/now/steps?muscle=" + m));
        return pages;
    }

    private List<String> muscles() {
        List<String> muscles = new ArrayList<>(locations.values().stream().map(ItemValue::value).toList());
        muscles.add(ANYWHERE);
        return muscles;
    }

    private void render(Context ctx, String muscle) {
        if (!muscle.equals(ANYWHERE) && !locations.allows(muscle)) {
            throw new BadRequestResponse(PageLanguage.texts(ctx).get("now.pick"));
        }
        Map<String, Object> answers = muscle.equals(ANYWHERE) ? Map.of("cramping_now", true)
                : Map.of("cramping_now", true, "locations", List.of(muscle));
        Language language = PageLanguage.of(ctx);
        AssessmentResult r = assessor.assessIn(language, AssessmentInput.of(answers), java.util.Set.of());
        String label = muscle.equals(ANYWHERE) ? null : locations(ctx).labelOf(muscle);
        KnowledgeBase knowledge = assessor.knowledge().in(language);
        templates.render(ctx, "assessment/now-steps.jte", new NowModel(Page.of(ctx, "now.steps-title", "now"), List.of(),
                label, new ResultModels(knowledge, new StepBuilder(knowledge)).advice(r.advice().relief())));
    }

    /** The muscles' names in the language of the request. */
    private Item locations(Context ctx) {
        return assessor.knowledge().in(PageLanguage.of(ctx)).item("locations").orElseThrow();
    }
}

package org.crampcare.web.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crampcare.knowledge.Item;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Source;
import org.crampcare.selfcare.Advice;
import org.crampcare.selfcare.AdviceItem;
import org.crampcare.selfcare.FluidAdvice;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Reason;
import org.crampcare.web.kit.AdviceModel;
import org.crampcare.knowledge.Language;
import org.crampcare.web.kit.Page;
import org.crampcare.web.kit.Texts;
import org.crampcare.web.kit.SourceLink;

/** Turns an assessment result into the models of the result and emergency pages. */
final class ResultModels {
    private final KnowledgeBase knowledge;
    private final StepBuilder steps;

    ResultModels(KnowledgeBase knowledge, StepBuilder steps) {
        this.knowledge = knowledge;
        this.steps = steps;
    }

    ResultModel result(Page page, AssessmentResult r, WizardState state) {
        Advice a = r.advice();
        String next = r.nextQuestion() == null ? null : r.nextQuestion().text();
        int continueStep = r.nextQuestion() == null ? 0 : steps.stepOf(r.nextQuestion().id());
        return new ResultModel(page.as("result.page-title", "assessment"), r.triage().name(),
                "level-" + r.triage().name().toLowerCase(Locale.ROOT).replace('_', '-'), a.action().label(),
                a.action().text(), r.complete(), reasons(r), advice(a.relief()), a.reliefNote(), advice(a.prevention()),
                advice(a.possibleFactors()), fluids(a.fluids()), advice(a.providerWillAsk()), advice(a.questionsToAsk()),
                a.caveats(), next, continueStep, state.toJson(), understood(state, page.texts()), answers(r.answers(), page.texts()));
    }

    EmergencyModel emergency(Page page, AssessmentResult r, WizardState state) {
        return new EmergencyModel(page.as("emergency.page-title", "emergency"),
                r.advice().action().text(), reasons(r), state.toJson(), understood(state, page.texts()));
    }

    List<ReasonModel> reasons(AssessmentResult r) {
        return r.reasons().stream().map(this::reason).toList();
    }

    private ReasonModel reason(Reason reason) {
        return new ReasonModel(reason.rule(), knowledge.level(reason.level()).label(), reason.explanation(),
                SourceLink.of(reason.sources(), sources()));
    }

    /** Advice items with their sources resolved to publisher names. */
    List<AdviceModel> advice(List<AdviceItem> items) {
        return items.stream().map(i -> new AdviceModel(i.id(), i.group(), i.title(), i.text(), i.steps(), i.caveat(),
                SourceLink.of(i.sources(), sources()), timer(i, 0), timer(i, 1))).toList();
    }

    private static int timer(AdviceItem i, int index) {
        List<Integer> t = i.timerMinutes();
        return t == null || t.isEmpty() ? 0 : t.get(Math.min(index, t.size() - 1));
    }

    private FluidModel fluids(FluidAdvice f) {
        return f == null ? null : new FluidModel(f.personal(), f.targets(), f.fromDrinksPercent(), f.note(),
                SourceLink.of(f.sources(), sources()));
    }

    /** The answers still carrying their text origin, in words. */
    List<UnderstoodModel> understood(WizardState state, Texts texts) {
        List<UnderstoodModel> out = new ArrayList<>();
        state.fromText().forEach((id, t) -> knowledge.item(id).ifPresent(item -> out.add(new UnderstoodModel(
                knowledge.language() == Language.base() ? label(id) : item.question(), item.question(),
                StepBuilder.inWords(item, t.value(), texts), t.quote()))));
        return out;
    }

    /** A short name for an item from its id: "episodes_per_week" becomes "Episodes per week". */
    static String label(String itemId) {
        String words = itemId.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private List<AnswerRow> answers(Map<String, Object> answers, Texts texts) {
        List<AnswerRow> rows = new ArrayList<>();
        for (Item item : knowledge.items()) {
            if (answers.containsKey(item.id())) {
                rows.add(new AnswerRow(item.question(), StepBuilder.inWords(item, answers.get(item.id()), texts)));
            }
        }
        return rows;
    }

    private Map<String, Source> sources() {
        return knowledge.sources();
    }
}

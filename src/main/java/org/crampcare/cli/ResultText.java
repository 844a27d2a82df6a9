package org.crampcare.cli;

import java.util.List;
import java.util.Locale;
import org.crampcare.knowledge.Basis;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.selfcare.Advice;
import org.crampcare.selfcare.AdviceItem;
import org.crampcare.selfcare.FluidAdvice;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Reason;

/** Renders an assessment result in plain words for a person at a terminal. */
final class ResultText {
    private final KnowledgeBase knowledge;
    private final StringBuilder out = new StringBuilder();

    ResultText(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    String render(AssessmentResult r) {
        Advice a = r.advice();
        line("=== " + a.action().label().toUpperCase(Locale.ROOT) + " ===");
        line(a.action().text());
        if (!r.complete()) {
            line("");
            line("This result is not complete: some questions that could make it more urgent are unanswered."
                    + (r.nextQuestion() == null ? "" : " Next: " + r.nextQuestion().text()));
        }
        reasons(r.reasons());
        if (a.reliefNote() != null) {
            section("Relief steps");
            line(a.reliefNote());
        }
        items("Relief right now", a.relief());
        items("Preventing the next one", a.prevention());
        items("Possible contributing factors (not a diagnosis)", a.possibleFactors());
        fluids(a.fluids());
        items("What a provider may ask you", a.providerWillAsk());
        items("Questions you could ask your provider", a.questionsToAsk());
        if (!a.caveats().isEmpty()) {
            section("About the evidence");
            a.caveats().forEach(c -> line("- " + c));
        }
        line("");
        line("CrampCare gives general information from cited patient-education sources. It is not a diagnosis.");
        return out.toString().stripTrailing();
    }

    private void reasons(List<Reason> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        section("Why");
        reasons.forEach(x -> line("- " + x.explanation() + " [" + x.rule() + "; " + sources(x.sources()) + "]"));
    }

    private void items(String title, List<AdviceItem> items) {
        if (items.isEmpty()) {
            return;
        }
        section(title);
        for (AdviceItem i : items) {
            line("* " + i.title() + " [" + (i.tip() ? Basis.TIP_LABEL : sources(i.sources())) + "]");
            line("  " + i.text());
            for (int s = 0; s < i.steps().size(); s++) {
                line("  " + (s + 1) + ". " + i.steps().get(s));
            }
            if (i.caveat() != null) {
                line("  Note: " + i.caveat());
            }
        }
    }

    private void fluids(FluidAdvice f) {
        if (f == null) {
            return;
        }
        section("Daily fluid reference");
        for (FluidAdvice.Target t : f.targets()) {
            line(String.format(Locale.ROOT, "- %s: about %.1f litres (%.0f oz, %s glasses) a day from food and drink;"
                    + " about %.1f litres of it from drinks", t.label(), t.litres(), t.ounces(), plain(t.glasses()),
                    t.litresFromDrinks()));
        }
        line("  " + f.note() + (f.withheld() ? "" : " [" + sources(f.sources()) + "]"));
    }

    private String sources(List<String> ids) {
        return String.join(", ", ids.stream().map(id -> knowledge.sources().containsKey(id)
                ? knowledge.sources().get(id).publisher() : id).toList());
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private void section(String title) {
        line("");
        line(title);
        line("-".repeat(title.length()));
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}

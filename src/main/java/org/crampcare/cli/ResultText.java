package org.crampcare.cli;

import java.util.List;
import java.util.Locale;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Language;
import org.crampcare.knowledge.Phrases;
import org.crampcare.selfcare.Advice;
import org.crampcare.selfcare.AdviceItem;
import org.crampcare.selfcare.FluidAdvice;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Reason;

/**
 * Renders one assessment result in plain words for a person at a terminal, in the result's
 * language (the knowledge's texts are already in it; the headings come from {@link CliText}).
 */
final class ResultText {
    private final KnowledgeBase knowledge;
    private final StringBuilder out = new StringBuilder();
    private Language language = Language.base();

    ResultText(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    String render(AssessmentResult r) {
        language = r.language();
        Advice a = r.advice();
        line("=== " + a.action().label().toUpperCase(Locale.ROOT) + " ===");
        line(a.action().text());
        if (!r.complete()) {
            line("");
            line(t(CliText.INCOMPLETE) + (r.nextQuestion() == null ? "" : t(CliText.NEXT) + r.nextQuestion().text()));
        }
        reasons(r.reasons());
        if (a.reliefNote() != null) {
            section(t(CliText.RELIEF_STEPS));
            line(a.reliefNote());
        }
        items(t(CliText.RELIEF_NOW), a.relief());
        items(t(CliText.PREVENTION), a.prevention());
        items(t(CliText.FACTORS), a.possibleFactors());
        fluids(a.fluids());
        items(t(CliText.PROVIDER_ASKS), a.providerWillAsk());
        items(t(CliText.ASK_PROVIDER), a.questionsToAsk());
        if (!a.caveats().isEmpty()) {
            section(t(CliText.EVIDENCE));
            a.caveats().forEach(c -> line("- " + c));
        }
        line("");
        line(t(CliText.DISCLAIMER));
        return out.toString().stripTrailing();
    }

    private void reasons(List<Reason> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        section(t(CliText.WHY));
        reasons.forEach(x -> line("- " + x.explanation() + " [" + x.rule() + "; " + sources(x.sources()) + "]"));
    }

    private void items(String title, List<AdviceItem> items) {
        if (items.isEmpty()) {
            return;
        }
        section(title);
        for (AdviceItem i : items) {
            line("* " + i.title() + " [" + (i.tip() ? Phrases.tipLabel(language) : sources(i.sources())) + "]");
            line("  " + i.text());
            for (int s = 0; s < i.steps().size(); s++) {
                line("  " + (s + 1) + ". " + i.steps().get(s));
            }
            if (i.caveat() != null) {
                line("  " + t(CliText.NOTE) + i.caveat());
            }
        }
    }

    private void fluids(FluidAdvice f) {
        if (f == null) {
            return;
        }
        section(t(CliText.FLUIDS));
        for (FluidAdvice.Target target : f.targets()) {
            line(String.format(Locale.ROOT, t(CliText.FLUID_TARGET), target.label(), target.litres(), target.ounces(),
                    plain(target.glasses()), target.litresFromDrinks()));
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

    private String t(CliText text) {
        return text.in(language);
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

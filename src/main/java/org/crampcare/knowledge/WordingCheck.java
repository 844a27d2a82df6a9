package org.crampcare.knowledge;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies the {@link Wording} rules of a language to every text of the knowledge that people see
 * in it, and reports each match with its file and path.
 */
final class WordingCheck {
    private final Locations where;
    private final List<Wording.Rule> medicineAdvice;
    private final List<Wording.Rule> tipClinical;
    private final List<Wording.Rule> fluidIntake;
    private final List<Problem> problems = new ArrayList<>();

    /** A check of texts in {@code language}, located by {@code where} (the files they come from). */
    WordingCheck(Locations where, Language language) {
        this.where = where;
        this.medicineAdvice = Wording.medicineAdvice(language);
        this.tipClinical = Wording.tipClinical(language);
        this.fluidIntake = Wording.fluidIntake(language);
    }

    List<Problem> check(Contents texts) {
        texts.sources().forEach(s -> shown("source", s.id(), ".covers", s.covers()));
        texts.screens().forEach(s -> {
            shown("screen", s.id(), ".title", s.title());
            shown("screen", s.id(), ".intro", s.intro());
        });
        texts.items().forEach(this::item);
        texts.rules().forEach(r -> shown("rule", r.id(), ".explanation", r.explanation()));
        texts.levels().forEach(l -> {
            shown("level", l.level().name(), ".label", l.label());
            shown("level", l.level().name(), ".action", l.action());
        });
        texts.topics().forEach(this::topic);
        Hydration hydration = texts.hydration();
        if (hydration != null) {
            shown("hydration", "hydration", ".note", hydration.note());
            shown("hydration", "hydration", ".withheldNote", hydration.withheldNote());
            hydration.targets().forEach(t -> shown("target", t.id(), ".label", t.label()));
        }
        return problems;
    }

    private void item(Item item) {
        shown("item", item.id(), ".question", item.question());
        shown("item", item.id(), ".help", item.help());
        for (int i = 0; i < item.values().size(); i++) {
            shown("item", item.id(), ".values[" + i + "].label", item.values().get(i).label());
        }
    }

    private void topic(ContentTopic topic) {
        shown("topic", topic.id(), ".title", topic.title());
        shown("topic", topic.id(), ".intro", topic.intro());
        for (ContentEntry e : topic.entries()) {
            entryText(e, ".title", e.title());
            entryText(e, ".text", e.text());
            for (int i = 0; i < e.steps().size(); i++) {
                entryText(e, ".steps[" + i + "]", e.steps().get(i));
            }
            shown("entry", e.id(), ".caveat", e.caveat());
            if (!e.fluidIntake()) {
                fluidWording(e);
            }
        }
    }

    /** A text of an entry: shown to people, and held to the tip rule when the entry is a tip. */
    private void entryText(ContentEntry e, String path, String text) {
        shown("entry", e.id(), path, text);
        if (e.tip()) {
            tipClinical.forEach(rule -> rule.find(text).ifPresent(m -> report("entry", e.id(), path, m)));
        }
    }

    private void fluidWording(ContentEntry e) {
        List<String> texts = new ArrayList<>(List.of(e.title(), e.text()));
        texts.addAll(e.steps());
        for (String text : texts) {
            for (Wording.Rule rule : fluidIntake) {
                var found = rule.find(text);
                if (found.isPresent()) {
                    report("entry", e.id(), "", found.get() + ", so it needs fluidIntake: true (it is then left out"
                            + " for people who may be on a fluid limit)");
                    return;
                }
            }
        }
    }

    private void shown(String kind, String id, String path, String text) {
        if (text == null) {
            return;
        }
        for (Wording.Rule rule : medicineAdvice) {
            rule.find(text).ifPresent(m -> report(kind, id, path, m));
        }
    }

    /** Adds the problem once: a text in Spanish is held to two rule lists that can find the same words. */
    private void report(String kind, String id, String path, String message) {
        Problem problem = where.problem(kind, id, path, message);
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }
}

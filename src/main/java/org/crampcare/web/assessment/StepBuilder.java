package org.crampcare.web.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.ConditionJson;
import org.crampcare.knowledge.Item;
import org.crampcare.knowledge.ItemValue;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Screen;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.web.kit.OptionModel;
import org.crampcare.web.kit.Page;
import org.crampcare.web.kit.Texts;
import org.crampcare.web.kit.SourceLink;

/**
 * Builds the wizard's pages from the knowledge's screens and the answers so far.
 *
 * <p>Questions, help, values and labels all come from the knowledge files; nothing about the
 * interview is hard-coded here except how each item type is shown.
 */
final class StepBuilder {
    private final KnowledgeBase knowledge;

    StepBuilder(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    int steps() {
        return knowledge.screens().size();
    }

    /** The screen's items that apply given the answers so far (askWhen). */
    List<Item> shownItems(int step, Map<String, Object> answers) {
        return knowledge.screens().get(step).items().stream().map(id -> knowledge.item(id).orElseThrow())
                .filter(i -> i.askCondition().map(c -> c.test(answers)).orElse(true))
                .toList();
    }

    /** The 0-based step of the screen that holds the item. */
    int stepOf(String itemId) {
        List<Screen> screens = knowledge.screens();
        for (int i = 0; i < screens.size(); i++) {
            if (screens.get(i).items().contains(itemId)) {
                return i;
            }
        }
        return 0;
    }

    /** The page for a step, showing the stored answers (or the raw submitted values after an error). */
    StepModel build(Page page, int step, WizardState state, Map<String, String> errors,
                    Map<String, List<String>> submitted, List<UnderstoodModel> understood) {
        Screen screen = knowledge.screens().get(step);
        List<QuestionModel> questions = new ArrayList<>();
        for (Item item : shownItems(step, state.answers())) {
            List<String> values = errors.containsKey(item.id())
                    ? submitted.getOrDefault("q." + item.id(), List.of()) : storedValues(item, state);
            boolean unknown = errors.containsKey(item.id()) ? submitted.containsKey("unknown." + item.id())
                    : state.skipped().contains(item.id()) && !state.answers().containsKey(item.id());
            String error = errors.get(item.id());
            questions.add(question(item, values, unknown, error == null ? null : message(page.texts(), error), state,
                    page.texts()));
        }
        boolean checklist = screen.id().equals("emergency") || screen.id().equals("urgent");
        List<String> errorList = questions.stream().filter(q -> q.error() != null)
                .map(q -> q.question() + " " + q.error()).toList();
        return new StepModel(page.withTitle(screen.title()), step + 1, steps(), screen.intro(),
                checklist, questions, state.toJson(), understood, errorList);
    }

    /**
     * A wizard error in the page's language: the screen reader's own errors are page-text keys; the
     * assessor's range checks are in English, so other languages say the answer is not accepted
     * (the label beside the field gives the range).
     */
    private static String message(Texts texts, String error) {
        if (error.startsWith("wizard.")) {
            return texts.get(error);
        }
        return texts.language() == org.crampcare.knowledge.Language.base() ? error : texts.get("wizard.not-accepted");
    }

    private QuestionModel question(Item item, List<String> values, boolean unknown, String error, WizardState state,
                                   Texts texts) {
        QuestionKind kind = QuestionKind.of(item);
        TextAnswer text = state.fromText().get(item.id());
        String dependsOn = item.askCondition().map(c -> c.items().get(0)).orElse(null);
        return new QuestionModel(item.id(), kind.key(), item.question(), item.help(),
                SourceLink.of(item.sources(), knowledge.sources()), options(item, kind, values, unknown, texts),
                kind == QuestionKind.NUMBER && !values.isEmpty() ? values.get(0) : "",
                kind == QuestionKind.NUMBER && unknown,
                item.min() == null ? null : plain(item.min()), item.max() == null ? null : plain(item.max()),
                error, text == null ? null : text.quote(), state.toConfirm().get(item.id()), dependsOn,
                item.askWhen() == null ? null : AssessmentJson.write(ConditionJson.of(item.askWhen())));
    }

    private static List<OptionModel> options(Item item, QuestionKind kind, List<String> values, boolean unknown,
                                             Texts texts) {
        List<OptionModel> out = new ArrayList<>();
        switch (kind) {
            case YES_NO:
                out.add(option(item, "yes", texts.get("answer.yes"), values));
                out.add(option(item, "no", texts.get("answer.no"), values));
                out.add(new OptionModel(ScreenReader.UNKNOWN, texts.get("answer.unknown"), item.id() + "-unknown",
                        unknown || values.contains(ScreenReader.UNKNOWN)));
                break;
            case SCALE:
                for (long v = Math.round(item.min()); v <= Math.round(item.max()); v++) {
                    out.add(option(item, String.valueOf(v), String.valueOf(v), values));
                }
                out.add(new OptionModel(ScreenReader.UNKNOWN, texts.get("answer.unknown"), item.id() + "-unknown",
                        unknown || values.contains(ScreenReader.UNKNOWN)));
                break;
            case LIST:
                item.values().forEach(v -> out.add(option(item, v.value(), v.label(), values)));
                out.add(option(item, ScreenReader.NONE, texts.get("answer.none-of-these"), values));
                break;
            case CHOICE:
                item.values().forEach(v -> out.add(option(item, v.value(), v.label(), values)));
                break;
            default:
                break;
        }
        return out;
    }

    private static OptionModel option(Item item, String value, String label, List<String> values) {
        return new OptionModel(value, label, item.id() + "-" + value.replace('_', '-'), values.contains(value));
    }

    /** The form values that show a stored answer: yes/no, the number, the ticked values or "none". */
    private static List<String> storedValues(Item item, WizardState state) {
        Object v = state.answers().get(item.id());
        if (v == null) {
            return List.of();
        }
        if (v instanceof Boolean) {
            return List.of((Boolean) v ? "yes" : "no");
        }
        if (v instanceof Collection) {
            Collection<?> c = (Collection<?>) v;
            return c.isEmpty() ? List.of(ScreenReader.NONE) : c.stream().map(String::valueOf).toList();
        }
        if (v instanceof Number) {
            return List.of(plain(((Number) v).doubleValue()));
        }
        return List.of(String.valueOf(v));
    }

    /** A number without a trailing ".0". */
    static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    /** An answer in words, using the item's labels: "yes", "7", "Calf, Foot", "none". */
    static String inWords(Item item, Object value, Texts texts) {
        if (value instanceof Boolean) {
            return texts.get((Boolean) value ? "answer.word-yes" : "answer.word-no");
        }
        if (value instanceof Collection) {
            Collection<?> c = (Collection<?>) value;
            return c.isEmpty() ? texts.get("answer.word-none") : String.join(", ", c.stream().map(x -> item.labelOf(String.valueOf(x))).toList());
        }
        if (value instanceof Number) {
            return plain(((Number) value).doubleValue());
        }
        return item.values().stream().filter(v -> v.value().equals(value)).map(ItemValue::label).findFirst()
                .orElse(String.valueOf(value));
    }
}

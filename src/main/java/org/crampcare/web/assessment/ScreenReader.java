package org.crampcare.web.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crampcare.knowledge.Item;
import org.crampcare.triage.Assessor;
import org.crampcare.triage.InputException;

/**
 * Reads one submitted wizard screen into answers.
 *
 * <p>Safety rule: only an explicit choice becomes an answer. A question left blank, or answered
 * "I don't know", stays unanswered; it is never read as "no", because a missing answer must not
 * lower a triage level. A tick list counts as "none" only when "None of these" was ticked.
 */
final class ScreenReader {
    static final String NONE = "none";
    static final String UNKNOWN = "unknown";
    private final Assessor assessor;

    ScreenReader(Assessor assessor) {
        this.assessor = assessor;
    }

    /** What the submitted screen gave: the new state, plus errors by item id (empty when all is well). */
    record Outcome(WizardState state, Map<String, String> errors) {
    }

    /** Applies the submitted fields of the screen's questions to the state. */
    Outcome read(List<Item> shown, Map<String, List<String>> form, WizardState state) {
        Map<String, Object> answers = new LinkedHashMap<>(state.answers());
        Set<String> skipped = new LinkedHashSet<>(state.skipped());
        Map<String, String> errors = new LinkedHashMap<>();
        for (Item item : shown) {
            answers.remove(item.id());
            skipped.remove(item.id());
            List<String> values = form.getOrDefault("q." + item.id(), List.of());
            boolean unknown = values.contains(UNKNOWN) || form.containsKey("unknown." + item.id());
            try {
                Object value = unknown ? null : parse(item, values);
                if (value == null) {
                    skipped.add(item.id());
                } else {
                    answers.put(item.id(), value);
                }
            } catch (IllegalArgumentException e) {
                errors.put(item.id(), e.getMessage());
            }
        }
        dropInapplicable(shown, answers);
        return new Outcome(state.with(validated(answers, skipped, errors), skipped), errors);
    }

    private static Object parse(Item item, List<String> values) {
        QuestionKind kind = QuestionKind.of(item);
        if (kind == QuestionKind.LIST) {
            return parseList(values);
        }
        String value = values.isEmpty() ? "" : values.get(0).trim();
        if (value.isEmpty()) {
            return null;
        }
        if (kind == QuestionKind.YES_NO) {
            if (!value.equals("yes") && !value.equals("no")) {
                throw new IllegalArgumentException("wizard.choose-yes-no");
            }
            return value.equals("yes");
        }
        if (kind == QuestionKind.CHOICE) {
            return value;
        }
        return parseNumber(value);
    }

    private static Object parseList(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        if (values.contains(NONE)) {
            if (values.size() > 1) {
                throw new IllegalArgumentException("wizard.none-and-other");
            }
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(values));
    }

    private static Object parseNumber(String value) {
        try {
            double d = Double.parseDouble(value.replace(',', '.'));
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException(value);
            }
            return d == Math.rint(d) && Math.abs(d) < 1e9 ? (Object) (long) d : (Object) d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("wizard.enter-number", e);
        }
    }

    /** Removes answers to questions that do not apply given the other answers (askWhen). */
    private static void dropInapplicable(List<Item> shown, Map<String, Object> answers) {
        for (Item item : shown) {
            if (item.askCondition().isPresent() && !item.askCondition().get().test(answers)) {
                answers.remove(item.id());
            }
        }
    }

    /**
     * Lets the assessor check ranges and allowed values, collecting one error per item; returns
     * the valid answers in the assessor's normalised form (so 8 from a form equals 8 from text).
     */
    private Map<String, Object> validated(Map<String, Object> answers, Set<String> skipped, Map<String, String> errors) {
        List<String> ids = new ArrayList<>(answers.keySet());
        for (int tries = 0; tries <= ids.size(); tries++) {
            try {
                return assessor.assess(org.crampcare.triage.AssessmentInput.of(answers), skipped).answers();
            } catch (InputException e) {
                String id = itemOf(e.field());
                if (!answers.containsKey(id)) {
                    throw e;
                }
                answers.remove(id);
                errors.putIfAbsent(id, sentence(e.reason()));
            }
        }
        throw new IllegalStateException("answers still invalid after removing every refused one");
    }

    private static String itemOf(String field) {
        String id = field.startsWith("answers.") ? field.substring("answers.".length()) : field;
        int bracket = id.indexOf('[');
        return bracket < 0 ? id : id.substring(0, bracket);
    }

    private static String sentence(String reason) {
        String s = reason.isEmpty() ? reason : Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }
}

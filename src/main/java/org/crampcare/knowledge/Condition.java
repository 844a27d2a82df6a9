package org.crampcare.knowledge;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A test on a person's answers, written as data in the knowledge files.
 *
 * <p>Rules, advice selection and conditional questions all use the same small language, so a
 * clinician can read and change them without touching code. A missing answer never satisfies a
 * leaf test: that keeps "not answered" from ever firing or suppressing anything by accident.
 */
public sealed interface Condition {

    /** Whether the condition holds for the given normalised answers. */
    boolean test(Map<String, Object> answers);

    /** The item ids this condition reads, in the order they are written. */
    List<String> items();

    /** The condition in compact words for people, e.g. {@code pain_score >= 7}. */
    String describe();

    /** Boolean item equals the given value; a missing answer never matches. */
    record Is(String item, boolean value) implements Condition {
        @Override
        public boolean test(Map<String, Object> answers) {
            return answers.get(item) instanceof Boolean b && b == value;
        }

        @Override
        public String describe() {
            return item + (value ? " is yes" : " is no");
        }

        @Override
        public List<String> items() {
            return List.of(item);
        }
    }

    /** Numeric item compared with a threshold. */
    record Compare(String item, Comparison op, double threshold) implements Condition {
        @Override
        public boolean test(Map<String, Object> answers) {
            return answers.get(item) instanceof Number n && op.holds(n.doubleValue(), threshold);
        }

        @Override
        public String describe() {
            return item + " " + op.symbol() + " " + (threshold == Math.rint(threshold) ? String.valueOf((long) threshold) : String.valueOf(threshold));
        }

        @Override
        public List<String> items() {
            return List.of(item);
        }
    }

    /** Single-choice item is one of the values. */
    record In(String item, List<String> values) implements Condition {
        public In {
            values = List.copyOf(values);
        }

        @Override
        public boolean test(Map<String, Object> answers) {
            return answers.get(item) instanceof String s && values.contains(s);
        }

        @Override
        public String describe() {
            return item + " is one of " + values;
        }

        @Override
        public List<String> items() {
            return List.of(item);
        }
    }

    /** List item contains at least one of the values. */
    record ContainsAny(String item, List<String> values) implements Condition {
        public ContainsAny {
            values = List.copyOf(values);
        }

        @Override
        public boolean test(Map<String, Object> answers) {
            if (answers.get(item) instanceof Collection<?> chosen) {
                for (Object v : chosen) {
                    if (values.contains(v)) {
                        return true;
                    }
                }
            }
            return false;
        }

        @Override
        public String describe() {
            return item + " includes any of " + values;
        }

        @Override
        public List<String> items() {
            return List.of(item);
        }
    }

    /** List item has at least one value. */
    record NonEmpty(String item) implements Condition {
        @Override
        public boolean test(Map<String, Object> answers) {
            return answers.get(item) instanceof Collection<?> c && !c.isEmpty();
        }

        @Override
        public String describe() {
            return item + " includes anything";
        }

        @Override
        public List<String> items() {
            return List.of(item);
        }
    }

    /** At least one of the parts holds. */
    record Any(List<Condition> parts) implements Condition {
        public Any {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean test(Map<String, Object> answers) {
            for (Condition p : parts) {
                if (p.test(answers)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String describe() {
            return join(parts, " or ");
        }

        @Override
        public List<String> items() {
            return union(parts);
        }
    }

    /** Every part holds. */
    record All(List<Condition> parts) implements Condition {
        public All {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean test(Map<String, Object> answers) {
            for (Condition p : parts) {
                if (!p.test(answers)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String describe() {
            return join(parts, " and ");
        }

        @Override
        public List<String> items() {
            return union(parts);
        }
    }

    /**
     * The part does not hold. Used only for personalising (for example "not male"); the validator
     * refuses it in triage rules because it would let a missing answer fire a rule.
     */
    record Not(Condition part) implements Condition {
        @Override
        public boolean test(Map<String, Object> answers) {
            return !part.test(answers);
        }

        @Override
        public String describe() {
            return "not (" + part.describe() + ")";
        }

        @Override
        public List<String> items() {
            return part.items();
        }
    }

    private static String join(List<Condition> parts, String word) {
        return "(" + String.join(word, parts.stream().map(Condition::describe).toList()) + ")";
    }

    private static List<String> union(List<Condition> parts) {
        Set<String> all = new LinkedHashSet<>();
        parts.forEach(p -> all.addAll(p.items()));
        return List.copyOf(all);
    }
}

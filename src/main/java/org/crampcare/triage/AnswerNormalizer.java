package org.crampcare.triage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.Item;
import org.crampcare.knowledge.ItemType;
import org.crampcare.knowledge.KnowledgeBase;

/**
 * Checks raw answers against the interview items and returns them in one canonical form.
 *
 * <p>Canonical values: Boolean, Integer (integer items and whole numbers), Double (other numbers),
 * String (choice) and an unmodifiable duplicate-free List of Strings (list items). The result is
 * ordered as the interview asks. Any bad value stops the whole input: nothing is half-applied.
 */
final class AnswerNormalizer {
    private final KnowledgeBase knowledge;

    AnswerNormalizer(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    Map<String, Object> normalize(Map<String, Object> raw, String prefix) {
        for (String id : raw.keySet()) {
            if (knowledge.item(id).isEmpty()) {
                throw new InputException(prefix + id, "unknown item id; expected one of "
                        + knowledge.items().stream().map(Item::id).toList());
            }
        }
        Map<String, Object> out = new LinkedHashMap<>(2 * knowledge.items().size());
        for (Item item : knowledge.items()) {
            Object value = raw.get(item.id());
            if (value != null) {
                out.put(item.id(), value(item, value, prefix + item.id()));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private Object value(Item item, Object value, String field) {
        return switch (item.type()) {
            case BOOLEAN -> bool(value, field);
            case INTEGER -> integer(item, value, field);
            case NUMBER -> number(item, value, field);
            case LIST -> list(item, value, field);
            case CHOICE -> choice(item, value, field);
        };
    }

    private static Boolean bool(Object value, String field) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new InputException(field, "expected true or false, got " + describe(value));
    }

    private static Integer integer(Item item, Object value, String field) {
        double d = finite(value, field, "a whole number");
        if (d != Math.rint(d)) {
            throw new InputException(field, "expected a whole number, got " + value);
        }
        inRange(item, d, field);
        return (int) d;
    }

    private static Number number(Item item, Object value, String field) {
        double d = finite(value, field, "a number");
        inRange(item, d, field);
        return d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE ? (Number) (int) d : (Number) d;
    }

    private static double finite(Object value, String field, String expected) {
        if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            throw new InputException(field, "expected " + expected + ", got " + describe(value));
        }
        return n.doubleValue();
    }

    private static void inRange(Item item, double d, String field) {
        if ((item.min() != null && d < item.min()) || (item.max() != null && d > item.max())) {
            throw new InputException(field, "expected a value from " + plain(item.min()) + " to "
                    + plain(item.max()) + ", got " + plain(d));
        }
    }

    private static List<String> list(Item item, Object value, String field) {
        if (!(value instanceof List<?> raw)) {
            throw new InputException(field, "expected a list of values from " + allowed(item) + ", got " + describe(value));
        }
        List<String> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Object v = raw.get(i);
            if (!(v instanceof String s) || !item.allows(s)) {
                throw new InputException(field + "[" + i + "]", "expected one of " + allowed(item) + ", got " + describe(v));
            }
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private static String choice(Item item, Object value, String field) {
        if (value instanceof String s && item.allows(s)) {
            return s;
        }
        throw new InputException(field, "expected one of " + allowed(item) + ", got " + describe(value));
    }

    private static List<String> allowed(Item item) {
        return item.values().stream().map(v -> v.value()).toList();
    }

    private static String describe(Object value) {
        if (value instanceof String s) {
            return "the text \"" + s + "\"";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        return String.valueOf(value);
    }

    private static String plain(Double d) {
        return d == null ? "?" : d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
    }
}

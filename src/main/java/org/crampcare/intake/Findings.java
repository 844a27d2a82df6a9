package org.crampcare.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crampcare.knowledge.Language;
import org.crampcare.triage.Confirmation;
import org.crampcare.triage.TextEvidence;
import org.crampcare.triage.TextReading;

/**
 * Collects what one text says, item by item, and how mentions that disagree are settled.
 *
 * <p>Settling always leans to the reading that cannot under-triage: a boolean said true anywhere
 * stays true ("no swelling yesterday, but today it is swollen"); numbers keep the highest pain,
 * frequency and duration; a list keeps every value found, and is empty only when the text says
 * so and names no value.
 */
final class Findings {
    private final String text;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Set<String>> lists = new LinkedHashMap<>();
    private final Map<String, Set<TextEvidence>> evidence = new LinkedHashMap<>();
    private final Map<String, Map<String, Span>> fallbacks = new LinkedHashMap<>();
    private final Map<String, String> toConfirm = new LinkedHashMap<>();

    Findings(String text) {
        this.text = text;
    }

    void bool(String item, boolean value, Span span, String cue) {
        Object old = values.get(item);
        if (Boolean.TRUE.equals(old) && !value) {
            return;
        }
        if (Boolean.FALSE.equals(old) && value) {
            evidence.remove(item);
        }
        values.put(item, value);
        note(item, value, span, cue);
    }

    void add(String item, String value, Span span) {
        if (values.remove(item) != null) {
            evidence.remove(item);
        }
        if (lists.computeIfAbsent(item, k -> new LinkedHashSet<>()).add(value)) {
            note(item, value, span, "affirmed");
        }
    }

    /** A list value that counts only when the text names no other value of the list. */
    void fallback(String item, String value, Span span) {
        fallbacks.computeIfAbsent(item, k -> new LinkedHashMap<>()).putIfAbsent(value, span);
    }

    /**
     * A sign hinted at, not stated: the item is to be asked, quoting these words. It never sets
     * the item, and is dropped when the text answers the item elsewhere.
     */
    void confirm(String item, Span span) {
        toConfirm.putIfAbsent(item, text.substring(span.start(), span.end()));
    }

    void none(String item, Span span, String cue) {
        if (!lists.containsKey(item) && !values.containsKey(item)) {
            values.put(item, List.of());
            note(item, List.of(), span, cue);
        }
    }

    /** Keeps the larger of two readings of a number (the safer one). */
    void highest(String item, Number value, Span span) {
        Object old = values.get(item);
        if (old instanceof Number n && n.doubleValue() >= value.doubleValue()) {
            return;
        }
        values.put(item, value);
        evidence.remove(item);
        note(item, value, span, "affirmed");
    }

    /** Keeps the first reading of an item (age, sex). */
    void first(String item, Object value, Span span) {
        if (!values.containsKey(item)) {
            values.put(item, value);
            note(item, value, span, "affirmed");
        }
    }

    boolean has(String item) {
        return values.containsKey(item) || lists.containsKey(item);
    }

    TextReading reading(Language language) {
        fallbacks.forEach((item, found) -> {
            if (!lists.containsKey(item)) {
                found.forEach((value, span) -> add(item, value, span));
            }
        });
        Map<String, Object> answers = new LinkedHashMap<>(values);
        lists.forEach((item, set) -> answers.put(item, List.copyOf(set)));
        List<TextEvidence> all = new ArrayList<>();
        evidence.values().forEach(all::addAll);
        List<Confirmation> confirm = new ArrayList<>();
        toConfirm.forEach((item, quote) -> {
            if (!answers.containsKey(item)) {
                confirm.add(new Confirmation(item, quote));
            }
        });
        return new TextReading(answers, all, confirm, language);
    }

    private void note(String item, Object value, Span span, String cue) {
        TextEvidence e = new TextEvidence(item, value, span.start(), span.end(),
                text.substring(span.start(), span.end()), cue);
        evidence.computeIfAbsent(item, k -> new LinkedHashSet<>()).add(e);
    }
}

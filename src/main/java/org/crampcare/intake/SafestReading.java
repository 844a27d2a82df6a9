package org.crampcare.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crampcare.knowledge.Language;
import org.crampcare.triage.Confirmation;
import org.crampcare.triage.TextEvidence;
import org.crampcare.triage.TextReading;

/**
 * Joins readings of one text in several languages into the one that cannot under-triage, the way
 * {@link Findings} settles mentions that disagree: a boolean true in any reading stays true, a
 * number keeps its highest value, a list keeps every value found (and is empty only when no
 * reading names one), and every sign to confirm is kept unless some reading answers it.
 *
 * <p>One exception: a sign affirmed only by words that another reading found inside a denial of the
 * same sign, where the affirming language sees no denial word anywhere before them ("not swollen",
 * whose "swollen" a Spanish reading of English loanwords affirms because "not" is no Spanish
 * negation), is the bare word of a denied phrase, not a second reading of it, so the denial stands.
 * When the affirming language does see a denial word before the sign ("no pain pero swollen": the
 * Spanish "no" ends at "pero", the English one runs on), it judged that scope itself, and the sign
 * wins; the test is kept that wide because a wrong denial hides a sign (hazard H-03).
 */
final class SafestReading {
    private SafestReading() {
    }

    /** Tells whether the language of a reading has a denial word starting before a character offset. */
    @FunctionalInterface
    interface DenialWords {
        boolean before(Language reading, int offset);
    }

    static TextReading of(List<TextReading> readings, Language language, DenialWords denialWords) {
        List<TextEvidence> denials = readings.stream().flatMap(r -> r.evidence().stream())
                .filter(e -> Boolean.FALSE.equals(e.value())).toList();
        Map<String, Object> answers = new LinkedHashMap<>();
        readings.forEach(r -> r.answers().forEach((item, value) -> {
            if (!onlyInsideAnUnseenDenial(r, item, value, denials, denialWords)) {
                answers.merge(item, value, SafestReading::safer);
            }
        }));
        List<TextEvidence> evidence = new ArrayList<>();
        readings.forEach(r -> r.evidence().stream().filter(e -> supports(e, answers.get(e.item()))).forEach(evidence::add));
        Map<String, Confirmation> confirm = new LinkedHashMap<>();
        readings.forEach(r -> r.toConfirm().forEach(c -> {
            if (!answers.containsKey(c.item())) {
                confirm.putIfAbsent(c.item(), c);
            }
        }));
        return new TextReading(answers, evidence, List.copyOf(confirm.values()), language);
    }

    /**
     * Whether a sign the reading affirms rests only on words that lie inside another reading's
     * denial of it, with no denial word of the reading's own language anywhere before them.
     */
    private static boolean onlyInsideAnUnseenDenial(TextReading reading, String item, Object value,
                                                    List<TextEvidence> denials, DenialWords denialWords) {
        if (!Boolean.TRUE.equals(value)) {
            return false;
        }
        List<TextEvidence> affirmed = reading.evidence().stream()
                .filter(e -> e.item().equals(item) && Boolean.TRUE.equals(e.value())).toList();
        return !affirmed.isEmpty() && affirmed.stream().allMatch(a -> denials.stream().anyMatch(d -> d.item().equals(item)
                && d.start() <= a.start() && a.end() <= d.end() && d.end() - d.start() > a.end() - a.start()
                && !denialWords.before(reading.language(), a.start())));
    }

    private static Object safer(Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x || y;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() >= y.doubleValue() ? a : b;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            Set<Object> union = new LinkedHashSet<>(x);
            union.addAll(y);
            return List.copyOf(union);
        }
        return a;
    }

    /** Whether a piece of evidence backs the value kept: the same value, or one of a list's values. */
    private static boolean supports(TextEvidence e, Object kept) {
        if (kept instanceof List<?> list && !(e.value() instanceof List<?>)) {
            return list.contains(e.value());
        }
        return Objects.equals(e.value(), kept);
    }
}

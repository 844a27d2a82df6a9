package org.crampcare.web.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crampcare.triage.AssessmentInput;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Assessor;
import org.crampcare.triage.InputException;

/**
 * The wizard's answers so far, carried between pages in one hidden form field.
 *
 * <p>Kept in the POST body rather than the URL or a server session: health answers must not land
 * in browser history or access logs, and a stateless server needs no session store. The field is
 * re-validated by the assessor on every request, so a tampered value is refused like bad API input.
 *
 * @param answers  answers by item id; an absent id is unanswered ("I don't know" stays absent)
 * @param skipped  items the person said "I don't know" to or left blank
 * @param fromText answers that came from the person's own words and have not been changed since
 * @param toConfirm signs the person's words only hinted at, by item, with their words: shown on the
 *                  question ("You wrote ...") until it is answered, never answered from them
 */
record WizardState(Map<String, Object> answers, Set<String> skipped, Map<String, TextAnswer> fromText,
                   Map<String, String> toConfirm) {
    private static final TypeReference<Json> JSON = new TypeReference<>() { };

    WizardState {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        skipped = Collections.unmodifiableSet(new LinkedHashSet<>(skipped));
        fromText = Collections.unmodifiableMap(new LinkedHashMap<>(fromText));
        toConfirm = Collections.unmodifiableMap(new LinkedHashMap<>(toConfirm));
    }

    WizardState(Map<String, Object> answers, Set<String> skipped, Map<String, TextAnswer> fromText) {
        this(answers, skipped, fromText, Map.of());
    }

    static WizardState empty() {
        return new WizardState(Map.of(), Set.of(), Map.of());
    }

    /** Reads the hidden field; throws {@link InputException} on field {@code state} when unreadable. */
    static WizardState parse(String json) {
        if (json == null || json.isBlank()) {
            return empty();
        }
        try {
            Json j = AssessmentJson.mapper().readValue(json, JSON);
            return new WizardState(orEmpty(j.answers()), j.skipped() == null ? Set.of() : Set.copyOf(j.skipped()),
                    orEmpty(j.fromText()), orEmpty(j.toConfirm()));
        } catch (JsonProcessingException e) {
            throw new InputException("state", "the saved answers could not be read; please start again");
        }
    }

    /** The hidden field's value. */
    String toJson() {
        return AssessmentJson.write(new Json(answers, List.copyOf(skipped), fromText, toConfirm));
    }

    /** Assesses the answers (never the text: its answers are already part of {@link #answers}). */
    AssessmentResult assess(Assessor assessor) {
        return assessor.assess(AssessmentInput.of(answers), skipped);
    }

    /** The assessment of these answers, its texts in {@code language}. */
    AssessmentResult assess(Assessor assessor, org.crampcare.knowledge.Language language) {
        return assessor.assessIn(language, AssessmentInput.of(answers), skipped);
    }

    /**
     * A state with these answers and skips; text answers the person changed lose their text mark,
     * and a sign to confirm is dropped once it is answered.
     */
    WizardState with(Map<String, Object> newAnswers, Set<String> newSkipped) {
        Map<String, TextAnswer> stillFromText = new LinkedHashMap<>();
        fromText.forEach((id, t) -> {
            if (t.value().equals(newAnswers.get(id))) {
                stillFromText.put(id, t);
            }
        });
        return new WizardState(newAnswers, newSkipped, stillFromText, stillToConfirm(newAnswers));
    }

    /** The signs to confirm that the given answers leave open. */
    Map<String, String> stillToConfirm(Map<String, Object> newAnswers) {
        Map<String, String> open = new LinkedHashMap<>();
        toConfirm.forEach((id, quote) -> {
            if (!newAnswers.containsKey(id)) {
                open.put(id, quote);
            }
        });
        return open;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    /** The JSON shape of the hidden field. */
    private record Json(Map<String, Object> answers, List<String> skipped, Map<String, TextAnswer> fromText,
                        Map<String, String> toConfirm) {
    }
}

package org.crampcare.triage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.Language;

/**
 * What was understood from free text.
 *
 * @param answers   raw answer values by item id (same forms as explicit answers)
 * @param evidence  for each answer, the words it came from
 * @param toConfirm signs only hinted at: to ask next, quoting the words, never set from them
 * @param language  the language the text was read in: the one asked for, else the one detected
 */
public record TextReading(Map<String, Object> answers, List<TextEvidence> evidence, List<Confirmation> toConfirm,
                          Language language) {
    public TextReading {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        evidence = List.copyOf(evidence);
        toConfirm = List.copyOf(toConfirm);
        java.util.Objects.requireNonNull(language, "language");
    }

    /** A reading with nothing to confirm, in the base language. */
    public TextReading(Map<String, Object> answers, List<TextEvidence> evidence) {
        this(answers, evidence, List.of(), Language.base());
    }
}

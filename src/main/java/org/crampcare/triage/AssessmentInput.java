package org.crampcare.triage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a person told CrampCare: explicit answers by item id, free text, or both.
 *
 * @param answers raw answer values (Boolean, Number, String, or a List of Strings) by item id;
 *                a null value means "not answered"
 * @param text    an optional description in the person's own words, or null
 */
public record AssessmentInput(Map<String, Object> answers, String text) {
    public AssessmentInput {
        answers = answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** Input with explicit answers only. */
    public static AssessmentInput of(Map<String, Object> answers) {
        return new AssessmentInput(answers, null);
    }

    /** Input with free text only. */
    public static AssessmentInput ofText(String text) {
        return new AssessmentInput(Map.of(), text);
    }
}

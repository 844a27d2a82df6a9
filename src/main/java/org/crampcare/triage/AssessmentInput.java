package org.crampcare.triage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crampcare.knowledge.Language;

/**
 * What a person told CrampCare: explicit answers by item id, free text, or both.
 *
 * @param answers  raw answer values (Boolean, Number, String, or a List of Strings) by item id;
 *                 a null value means "not answered"
 * @param text     an optional description in the person's own words, or null; at most
 *                 {@link #MAX_TEXT_CHARS} characters
 * @param language the language the person wrote in, or null to detect it from the text; an
 *                 explicit language always wins over detection
 */
public record AssessmentInput(Map<String, Object> answers, String text, Language language) {
    /**
     * The longest description read, in characters (Unicode code points): what the web form allows.
     * Every input has a size limit; reading text costs time that grows with its length.
     */
    public static final int MAX_TEXT_CHARS = 2000;

    /** @throws InputException naming {@code text} when it is longer than {@link #MAX_TEXT_CHARS} */
    public AssessmentInput {
        if (text != null && text.length() > MAX_TEXT_CHARS && text.codePointCount(0, text.length()) > MAX_TEXT_CHARS) {
            throw new InputException("text", "must be at most " + MAX_TEXT_CHARS + " characters");
        }
        answers = answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** Input in a language to detect from the text. */
    public AssessmentInput(Map<String, Object> answers, String text) {
        this(answers, text, null);
    }

    /** Input with explicit answers only. */
    public static AssessmentInput of(Map<String, Object> answers) {
        return new AssessmentInput(answers, null);
    }

    /** Input with free text only, its language detected. */
    public static AssessmentInput ofText(String text) {
        return new AssessmentInput(Map.of(), text);
    }

    /** Input with free text only, in the given language (null: detect it). */
    public static AssessmentInput ofText(String text, Language language) {
        return new AssessmentInput(Map.of(), text, language);
    }
}

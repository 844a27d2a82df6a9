package org.crampcare.triage;

import org.crampcare.knowledge.Language;

/**
 * Turns a person's own description into interview answers, with the words each answer came from.
 *
 * <p>An interface so the assessment does not depend on how text is read, and so a deployment
 * without free-text reading refuses text clearly instead of ignoring it.
 */
public interface TextInterpreter {

    /**
     * Reads the text in the given language, or in the language it is detected to be written in
     * when {@code language} is null; never returns null.
     */
    TextReading read(String text, Language language);

    /** Reads the text in the language it is detected to be written in. */
    default TextReading read(String text) {
        return read(text, null);
    }

    /** An interpreter that refuses all text, for embedders that do not want free-text reading. */
    TextInterpreter NONE = (text, language) -> {
        throw new InputException("text", "free-text reading is not enabled in this deployment; send answers instead");
    };
}

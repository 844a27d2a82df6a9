package org.crampcare.triage;

/**
 * Turns a person's own description into interview answers, with the words each answer came from.
 *
 * <p>An interface so the assessment does not depend on how text is read, and so a deployment
 * without free-text reading refuses text clearly instead of ignoring it.
 */
public interface TextInterpreter {

    /** Reads the text; never returns null. */
    TextReading read(String text);

    /** An interpreter that refuses all text, for embedders that do not want free-text reading. */
    TextInterpreter NONE = text -> {
        throw new InputException("text", "free-text reading is not enabled in this deployment; send answers instead");
    };
}

package org.crampcare.intake;

import java.util.Map;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeLoader;
import org.crampcare.knowledge.Language;
import org.crampcare.triage.TextReading;

/** The built-in intake, loaded once for all tests, and short ways to read a text with it. */
final class Reading {
    static final KnowledgeBase KB = KnowledgeLoader.builtIn();
    static final TextIntake INTAKE = TextIntake.builtIn(KB);

    private Reading() {
    }

    static TextReading of(String text) {
        return INTAKE.read(text);
    }

    static Map<String, Object> answers(String text) {
        return INTAKE.read(text).answers();
    }

    /** The answers read from an English text, the language named so detection plays no part. */
    static Map<String, Object> en(String text) {
        return INTAKE.read(text, Language.EN).answers();
    }

    /** The answers read from a Spanish text, the language named so detection plays no part. */
    static Map<String, Object> es(String text) {
        return INTAKE.read(text, Language.ES).answers();
    }
}

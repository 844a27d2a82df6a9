package org.crampcare.intake;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import org.crampcare.knowledge.KnowledgeLoader;
import org.crampcare.triage.TextEvidence;
import org.crampcare.triage.TextReading;

/**
 * Coverage-guided fuzzing of the free-text reader's public entry point: any text is read without an
 * exception, and every piece of evidence points inside the text. Regression inputs live in
 * {@code src/test/resources/org/crampcare/intake/TextIntakeFuzzTestInputs/}.
 */
class TextIntakeFuzzTest {
    private static final TextIntake INTAKE = TextIntake.builtIn(KnowledgeLoader.builtIn());

    @FuzzTest(maxDuration = "5m")
    void anyTextIsReadWithoutAnException(@NotNull String text) {
        TextReading reading = INTAKE.read(text);
        for (TextEvidence e : reading.evidence()) {
            if (e.start() < 0 || e.end() > text.length() || e.start() > e.end()) {
                throw new AssertionError("evidence for " + e.item() + " at " + e.start() + ".." + e.end()
                        + " lies outside a text of " + text.length() + " characters");
            }
        }
    }
}

package org.crampcare.triage;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the assessment JSON reader, as {@code POST /api/v1/assessments} uses it:
 * read the body, assess it, write the result. Any bytes may give {@link InputException} (a 400); any
 * other exception would be a 500 and fails the test. Regression inputs live in
 * {@code src/test/resources/org/crampcare/triage/AssessmentJsonFuzzTestInputs/}; {@code ./mvnw -Pfuzz test} fuzzes.
 */
class AssessmentJsonFuzzTest {
    private static final Assessor ASSESSOR = Assessor.builtIn();

    @FuzzTest(maxDuration = "5m")
    void anyBodyIsAssessedOrRefusedWithAFieldError(byte[] body) {
        AssessmentInput input;
        try {
            input = AssessmentJson.readInput(body);
        } catch (InputException refused) {
            return;
        }
        try {
            AssessmentJson.writeBytes(ASSESSOR.assess(input));
        } catch (InputException refused) {
            // text or answers the assessor refuses: a 400 as well
        }
    }
}

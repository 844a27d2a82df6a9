package org.crampcare.fhir;

import java.util.Set;
import org.crampcare.triage.AssessmentInput;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Assessor;
import org.crampcare.triage.InputException;

/** Runs the one assessment engine and names a refused answer by its linkId, as FHIR clients know it. */
final class Assessing {
    private static final String PREFIX = "answers.";

    private Assessing() {
    }

    /** The assessor's result; its bad-input error becomes a {@link FhirInputException} on the item. */
    static AssessmentResult assess(Assessor assessor, AssessmentInput input, Set<String> unanswered) {
        try {
            return assessor.assess(input, unanswered);
        } catch (InputException e) {
            String field = e.field().startsWith(PREFIX) ? e.field().substring(PREFIX.length()) : e.field();
            int bracket = field.indexOf('[');
            String linkId = bracket < 0 ? field : field.substring(0, bracket);
            String which = bracket < 0 ? "" : " (answer " + field.substring(bracket + 1, field.indexOf(']')) + ")";
            throw FhirInputException.item(linkId, e.reason() + which);
        }
    }
}

package org.crampcare.fhir;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** OperationOutcome resources: how the FHIR routes say what went wrong. */
final class Outcomes {
    private Outcomes() {
    }

    /** One error issue of the given type, with a plain message and, when known, where it is (FHIRPath). */
    static OperationOutcome error(IssueType type, String diagnostics, String expression) {
        OperationOutcome outcome = new OperationOutcome();
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue().setSeverity(IssueSeverity.ERROR)
                .setCode(type).setDiagnostics(diagnostics);
        if (expression != null) {
            issue.addExpression(expression);
        }
        return outcome;
    }

    /** The issue type for an HTTP error status. */
    static IssueType typeFor(int status) {
        return switch (status) {
            case 400 -> IssueType.INVALID;
            case 401, 403 -> IssueType.SECURITY;
            case 404 -> IssueType.NOTFOUND;
            case 405, 415 -> IssueType.NOTSUPPORTED;
            case 413 -> IssueType.TOOLONG;
            case 429 -> IssueType.THROTTLED;
            default -> IssueType.EXCEPTION;
        };
    }
}

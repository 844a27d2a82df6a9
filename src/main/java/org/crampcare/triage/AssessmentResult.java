package org.crampcare.triage;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.selfcare.Advice;

/**
 * The outcome of an assessment, shaped as the public contract's output.
 *
 * @param answers      the merged, normalised answers actually used
 * @param fromText     ids of the answers that came from the free text (empty without text)
 * @param textEvidence the words in the free text behind each understood answer
 */
public record AssessmentResult(String policyVersion, TriageLevel triage, boolean complete,
                               @JsonInclude(JsonInclude.Include.ALWAYS) NextQuestion nextQuestion,
                               List<Reason> reasons, Map<String, Object> answers, Advice advice,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> fromText,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TextEvidence> textEvidence) {
    public AssessmentResult {
        reasons = List.copyOf(reasons);
        fromText = List.copyOf(fromText);
        textEvidence = List.copyOf(textEvidence);
    }

    /** The rule ids that fired, highest level first. */
    public List<String> ruleIds() {
        return reasons.stream().map(Reason::rule).toList();
    }
}

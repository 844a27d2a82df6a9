package org.crampcare.diary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Assessor;
import org.crampcare.triage.InputException;

/**
 * Checks an imported assessment result against its own answers: CrampCare assesses the answers
 * again and the level and rules of the row and of the result must be the ones it gets.
 *
 * <p>Why: the doctor report and the diary show saved levels; a file edited by hand (or made by
 * someone else) must not be able to put an invented level, higher or lower, into a person's diary.
 */
final class ImportedResults {
    private final Assessor assessor;

    ImportedResults(Assessor assessor) {
        this.assessor = assessor;
    }

    /** @throws InputException naming {@code field} when the result does not match its answers */
    void check(String field, String json, TriageLevel level, List<String> ruleIds) {
        JsonNode result;
        try {
            result = AssessmentJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new InputException(field, "is not valid JSON");
        }
        JsonNode answers = result.get("answers");
        if (answers == null || !answers.isObject()) {
            throw new InputException(field, "has no \"answers\" object to check its level against");
        }
        ObjectNode input = AssessmentJson.mapper().createObjectNode();
        input.set("answers", answers);
        AssessmentResult again;
        try {
            again = assessor.assess(AssessmentJson.fromTree(input));
        } catch (InputException e) {
            throw new InputException(field, "its answers are not valid: " + e.field() + ": " + e.reason());
        }
        List<String> jsonRules = new ArrayList<>();
        result.path("reasons").forEach(r -> jsonRules.add(r.path("rule").asText()));
        boolean same = again.triage() == level && again.ruleIds().equals(ruleIds)
                && again.triage().name().equals(result.path("triage").asText()) && again.ruleIds().equals(jsonRules);
        if (!same) {
            throw new InputException(field, "does not match its answers: they give " + again.triage()
                    + (again.ruleIds().isEmpty() ? "" : " (rules " + String.join(", ", again.ruleIds()) + ")")
                    + ", the row says " + level + (ruleIds.isEmpty() ? "" : " (rules " + String.join(", ", ruleIds) + ")"));
        }
    }
}

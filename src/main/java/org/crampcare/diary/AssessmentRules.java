package org.crampcare.diary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.triage.InputException;

/** Checks an assessment before it is kept: a known level, rule ids of the usual shape, a JSON object result. */
final class AssessmentRules {
    static final int MAX_JSON_CHARS = 200_000;
    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9_]{0,15}");

    private AssessmentRules() {
    }

    static TriageLevel level(String field, String level) {
        if (level == null || level.isBlank()) {
            throw new InputException(field, "is required");
        }
        try {
            return TriageLevel.valueOf(level);
        } catch (IllegalArgumentException e) {
            throw new InputException(field, "expected one of EMERGENCY, URGENT, APPOINTMENT, SELF_CARE, got '" + level + "'");
        }
    }

    static List<String> ruleIds(String field, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null || !RULE_ID.matcher(ids.get(i)).matches()) {
                throw new InputException(field + "[" + i + "]", "expected a rule id such as A2");
            }
        }
        return List.copyOf(ids);
    }

    static String resultJson(String field, String json) {
        if (json == null || json.isBlank()) {
            throw new InputException(field, "is required");
        }
        if (json.length() > MAX_JSON_CHARS) {
            throw new InputException(field, "must be at most " + MAX_JSON_CHARS + " characters");
        }
        JsonNode node;
        try {
            node = AssessmentJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new InputException(field, "is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new InputException(field, "expected a JSON object (the assessment result)");
        }
        return json;
    }
}

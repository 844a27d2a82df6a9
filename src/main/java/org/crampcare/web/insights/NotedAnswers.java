package org.crampcare.web.insights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.crampcare.diary.SavedAssessment;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.triage.AssessmentJson;

/**
 * The medicines and conditions a person gave in a saved assessment, in the knowledge base's words.
 *
 * <p>The diary has no list of its own, so the doctor report takes them from the newest saved
 * assessment; "none" (an empty list) and unanswered give an empty list.
 */
final class NotedAnswers {
    /** The assessment item with the person's medicines. */
    static final String MEDICINES = "medications";
    /** The assessment item with the person's conditions. */
    static final String CONDITIONS = "conditions";

    private NotedAnswers() {
    }

    /** The labels of the options picked for a multiple-choice item in the saved result's answers. */
    static List<String> labels(SavedAssessment saved, String itemId, KnowledgeBase knowledge) {
        JsonNode picked;
        try {
            picked = AssessmentJson.mapper().readTree(saved.resultJson()).path("answers").path(itemId);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("saved assessment " + saved.id() + " holds unreadable JSON", e);
        }
        List<String> labels = new ArrayList<>();
        picked.forEach(value -> labels.add(knowledge.item(itemId).map(item -> item.labelOf(value.asText()))
                .orElse(value.asText())));
        return labels;
    }
}

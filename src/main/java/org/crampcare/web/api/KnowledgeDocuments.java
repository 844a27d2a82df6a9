package org.crampcare.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.ConditionJson;
import org.crampcare.knowledge.ContentEntry;
import org.crampcare.knowledge.ContentTopic;
import org.crampcare.knowledge.Item;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Rule;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.triage.AssessmentJson;

/**
 * The read-only knowledge documents of the API in one language, rendered once: the knowledge is
 * immutable, so every request for them gets the same bytes.
 *
 * @param topicById each topic's document by topic id
 */
record KnowledgeDocuments(String interview, String rules, String topics, Map<String, String> topicById,
                          String sources) {
    KnowledgeDocuments {
        topicById = Map.copyOf(topicById);
    }

    /** The documents of the knowledge in its language. */
    static KnowledgeDocuments of(KnowledgeBase k) {
        Map<String, String> byId = new LinkedHashMap<>();
        k.topics().forEach(t -> byId.put(t.id(), AssessmentJson.write(topic(t))));
        return new KnowledgeDocuments(AssessmentJson.write(interview(k)), AssessmentJson.write(rules(k)),
                AssessmentJson.write(Map.of("topics", k.topics().stream().map(KnowledgeDocuments::topicSummary).toList())),
                byId, AssessmentJson.write(Map.of("sources", List.copyOf(k.sources().values()))));
    }

    private static Map<String, Object> interview(KnowledgeBase k) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("policyVersion", k.policyVersion());
        out.put("screens", k.screens());
        out.put("items", k.items().stream().map(KnowledgeDocuments::item).toList());
        return out;
    }

    private static Map<String, Object> item(Item i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", i.id());
        out.put("type", i.type().key());
        out.put("screen", i.screen());
        out.put("question", i.question());
        out.put("help", i.help());
        out.put("min", i.min());
        out.put("max", i.max());
        out.put("values", i.values());
        out.put("askWhen", ConditionJson.of(i.askWhen()));
        out.put("sources", i.sources());
        return out;
    }

    private static Map<String, Object> rules(KnowledgeBase k) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("policyVersion", k.policyVersion());
        out.put("levels", java.util.Arrays.stream(TriageLevel.values()).map(k::level).toList());
        out.put("rules", k.rules().stream().map(KnowledgeDocuments::rule).toList());
        return out;
    }

    private static Map<String, Object> rule(Rule r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("level", r.level());
        out.put("items", r.items());
        out.put("when", ConditionJson.of(r.when()));
        out.put("explanation", r.explanation());
        out.put("sources", r.sources());
        return out;
    }

    private static Map<String, Object> topicSummary(ContentTopic t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", t.id());
        out.put("title", t.title());
        out.put("intro", t.intro());
        out.put("entries", t.entries().size());
        return out;
    }

    private static Map<String, Object> topic(ContentTopic t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", t.id());
        out.put("title", t.title());
        out.put("intro", t.intro());
        out.put("entries", t.entries().stream().map(KnowledgeDocuments::entry).toList());
        return out;
    }

    private static Map<String, Object> entry(ContentEntry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("title", e.title());
        out.put("group", e.group());
        out.put("text", e.text());
        out.put("steps", e.steps());
        out.put("basis", e.basis().key());
        out.put("evidence", e.evidence().name().toLowerCase(java.util.Locale.ROOT));
        out.put("caveat", e.caveat());
        out.put("timerMinutes", e.timerMinutes());
        out.put("when", ConditionJson.of(e.when()));
        out.put("sources", e.sources());
        return out;
    }
}

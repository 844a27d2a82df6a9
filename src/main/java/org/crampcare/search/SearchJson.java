package org.crampcare.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The contract's JSON for knowledge answers, shared by {@code ask --json} and the HTTP API.
 *
 * <p>Shape: {@code {"answers": [{"id", "topic", "title", "text", "sources", "basis"}], "covered", "notCovered",
 * "describesSymptoms", "warningSigns": [{"rule", "level", "label", "explanation", "action", "sources"}]}},
 * answers best first. A question the knowledge does not cover gets {@code "answers": []} and
 * {@code "covered": false}, with {@code notCovered} naming the subject when it is a known one.
 * {@code basis} is {@code practical-tip} for CrampCare's own how-to detail, whose {@code sources}
 * list is empty. The contract requires {@code title}, {@code text} and {@code sources} in each answer; the
 * other fields are additions that clients may ignore.
 */
public final class SearchJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SearchJson() {
    }

    /** The result as a JSON tree. */
    public static ObjectNode toTree(SearchResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode answers = root.putArray("answers");
        for (SearchAnswer a : result.answers()) {
            ObjectNode n = answers.addObject();
            n.put("id", a.id());
            n.put("topic", a.topic());
            n.put("title", a.title());
            n.put("text", a.text());
            ArrayNode sources = n.putArray("sources");
            a.sources().forEach(sources::add);
            n.put("basis", a.basis());
        }
        root.put("covered", result.covered());
        if (result.notCovered() != null && !result.notCovered().isEmpty()) {
            root.put("notCovered", result.notCovered());
        }
        root.put("describesSymptoms", result.describesSymptoms());
        ArrayNode signs = root.putArray("warningSigns");
        for (WarningSign w : result.warningSigns()) {
            ObjectNode n = signs.addObject();
            n.put("rule", w.rule());
            n.put("level", w.level().name());
            n.put("label", w.label());
            n.put("explanation", w.explanation());
            n.put("action", w.action());
            w.sources().forEach(n.putArray("sources")::add);
        }
        return root;
    }

    /** The result as compact JSON text. */
    public static String toJson(SearchResult result) {
        return toTree(result).toString();
    }
}

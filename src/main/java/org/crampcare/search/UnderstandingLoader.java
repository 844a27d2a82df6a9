package org.crampcare.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crampcare.knowledge.KnowledgeException;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.knowledge.Problem;
import org.crampcare.knowledge.YamlDocuments;

/**
 * Reads and checks {@code understanding.yaml}, reporting every problem with its file and path.
 *
 * <p>Knowledge folders without their own copy use the built-in one, so folders edited before the
 * file existed keep working.
 */
final class UnderstandingLoader {
    /** The file's name, next to the other knowledge files. */
    static final String FILE = "understanding.yaml";

    private UnderstandingLoader() {
    }

    static Understanding load(KnowledgeFiles files) {
        KnowledgeFiles from = files.read(FILE).isPresent() ? files : KnowledgeFiles.builtIn();
        List<Problem> problems = new ArrayList<>();
        JsonNode doc = YamlDocuments.readChecked(from, FILE, "understanding.schema.json", problems)
                .orElseThrow(() -> new KnowledgeException(problems));
        Map<AnswerType, List<String>> cues = new EnumMap<>(AnswerType.class);
        doc.get("answerTypes").fields().forEachRemaining(f -> cues.put(type(f.getKey()), strings(f.getValue())));
        Map<String, Set<AnswerType>> entries = new HashMap<>();
        doc.get("entries").fields().forEachRemaining(f -> {
            Set<AnswerType> types = EnumSet.noneOf(AnswerType.class);
            f.getValue().forEach(t -> types.add(type(t.asText())));
            entries.put(f.getKey(), Set.copyOf(types));
        });
        List<Understanding.ScopeRule> rules = new ArrayList<>();
        for (JsonNode r : doc.get("notCovered")) {
            List<List<String>> all = new ArrayList<>();
            r.get("all").forEach(list -> all.add(strings(list)));
            rules.add(new Understanding.ScopeRule(r.get("subject").asText(), all, strings(r.path("except")),
                    strings(r.path("unless"))));
        }
        return new Understanding(cues, entries, rules);
    }

    /** The schema allows only known ids, so a miss here is a programming error. */
    private static AnswerType type(String id) {
        return AnswerType.of(id).orElseThrow(() -> new IllegalStateException("unknown answer type " + id));
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText().strip()));
        return out;
    }
}

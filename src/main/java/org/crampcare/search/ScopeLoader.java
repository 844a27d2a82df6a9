package org.crampcare.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.crampcare.knowledge.KnowledgeException;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.knowledge.Language;
import org.crampcare.knowledge.Problem;
import org.crampcare.knowledge.YamlDocuments;

/**
 * Reads and checks {@code scope.yaml}, reporting every problem with its file and path.
 *
 * <p>Knowledge folders without their own copy use the built-in one, so folders edited before the
 * file existed keep working.
 */
final class ScopeLoader {
    /** The file's name, next to the other knowledge files. */
    static final String FILE = "scope.yaml";

    private ScopeLoader() {
    }

    /** The English scope; throws {@code KnowledgeException} listing every problem. */
    static Scope load(KnowledgeFiles files) {
        return load(files, Language.base());
    }

    /**
     * The scope of a language ({@code scope.yaml}, {@code es/scope.yaml}): its not-covered subjects,
     * named and phrased in that language, in file order, and its subject words and word classes; throws
     * {@code KnowledgeException} listing every problem.
     */
    static Scope load(KnowledgeFiles files, Language language) {
        String file = language.file(FILE);
        KnowledgeFiles from = files.read(file).isPresent() ? files : KnowledgeFiles.builtIn();
        List<Problem> problems = new ArrayList<>();
        JsonNode doc = YamlDocuments.readChecked(from, file, "scope.schema.json", problems)
                .orElseThrow(() -> new KnowledgeException(problems));
        List<ScopeRule> rules = new ArrayList<>();
        for (JsonNode r : doc.get("notCovered")) {
            List<List<String>> all = new ArrayList<>();
            r.get("all").forEach(list -> all.add(strings(list)));
            rules.add(new ScopeRule(r.get("subject").asText(), all, strings(r.path("except")), strings(r.path("unless")),
                    r.path("unlessSubject").asBoolean(false)));
        }
        List<List<List<String>>> together = new ArrayList<>();
        for (JsonNode t : doc.path("subjectTogether")) {
            List<List<String>> all = new ArrayList<>();
            t.get("all").forEach(list -> all.add(strings(list)));
            together.add(all);
        }
        return new Scope(rules, strings(doc.path("subjectWords")), together);
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText().strip()));
        return out;
    }
}

package org.crampcare.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeException;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.knowledge.Problem;
import org.crampcare.knowledge.YamlDocuments;

/**
 * Reads and checks {@code synonyms.yaml}, reporting every problem with its file and path.
 *
 * <p>Besides the schema, each sign must name an interview item that a triage rule reads, so an
 * edited vocabulary can never point at a warning sign the policy does not have.
 */
final class LexiconLoader {
    /** The English vocabulary file's name, next to the other knowledge files. */
    static final String FILE = "synonyms.yaml";

    private LexiconLoader() {
    }

    /**
     * Loads the vocabulary of the language of {@code kb} from {@code files}. Folders without their
     * own vocabulary use the built-in one, so older edited knowledge folders keep working; its signs
     * for items that the folder's rules do not read are then left out rather than reported, since
     * nobody can fix them in that folder.
     */
    static SearchLexicon load(KnowledgeFiles files, KnowledgeBase kb) {
        String file = kb.language().file(FILE);
        boolean own = files.read(file).isPresent();
        KnowledgeFiles from = own ? files : KnowledgeFiles.builtIn();
        List<Problem> problems = new ArrayList<>();
        JsonNode doc = YamlDocuments.readChecked(from, file, "synonyms.schema.json", problems)
                .orElseThrow(() -> new KnowledgeException(problems));
        SearchLexicon lexicon = new SearchLexicon(groups(doc.get("groups")), strings(doc.get("stopWords")),
                strings(doc.at("/symptoms/personal")), strings(doc.at("/symptoms/negations")),
                signs(file, doc.at("/symptoms/signs"), kb, own ? problems : new ArrayList<>()),
                answerTypes(doc.path("answerTypes")), shorthand(doc.path("shorthand")),
                strings(doc.path("contrasts")), strings(doc.path("contrastEnds")));
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        return lexicon;
    }

    private static Map<String, List<String>> signs(String file, JsonNode list, KnowledgeBase kb, List<Problem> problems) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String item = list.get(i).get("item").asText();
            String path = "$.symptoms.signs[" + i + "].item";
            if (kb.rules().stream().noneMatch(r -> r.items().contains(item))) {
                problems.add(new Problem(file, path, "'" + item + "' is not an item read by any triage rule"));
                continue;
            }
            if (out.containsKey(item)) {
                problems.add(new Problem(file, path, "item '" + item + "' is listed twice"));
            }
            out.put(item, strings(list.get(i).get("phrases")));
        }
        return out;
    }

    /** The cue phrases of each kind of answer, in file order; none when the file has no {@code answerTypes}. */
    private static Map<String, List<String>> answerTypes(JsonNode types) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        types.fields().forEachRemaining(e -> out.put(e.getKey(), strings(e.getValue())));
        return out;
    }

    /** Each shorthand word and what it stands for; none when the file has no {@code shorthand}. */
    private static Map<String, String> shorthand(JsonNode map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText().strip()));
        return out;
    }

    private static List<List<String>> groups(JsonNode list) {
        List<List<String>> out = new ArrayList<>();
        list.forEach(g -> out.add(strings(g)));
        return out;
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText().strip()));
        return out;
    }
}

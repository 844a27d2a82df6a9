package org.crampcare.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the translation files of one language ({@code es/items.yaml}, {@code es/facts.yaml}...)
 * into {@link TranslatedUnit}s, checking each file's schema and language.
 *
 * <p>A translation file mirrors its English file: the same lists ({@code items}, {@code entries}...),
 * each element naming the English {@code id} it translates, the hash it was translated {@code from},
 * and the translated fields. A content file names its {@code topic} and translates the topic's
 * title and intro beside {@code from}; the hydration file translates its notes at the top.
 */
final class TranslationReader {
    private static final Map<String, String> SECTION_KIND = Map.of("sources", "source", "screens", "screen",
            "items", "item", "levels", "level", "rules", "rule", "targets", "target", "entries", "entry");
    /** A content entry's search phrasings in the language: read, but not a translated text. */
    private static final String QUESTIONS = "questions";
    private static final Set<String> NOT_FIELDS = Set.of("format", "formatVersion", "language", "topic", "id", "from");

    private final KnowledgeFiles files;
    private final Language language;
    private final List<Problem> problems;
    private final Locations where;

    /**
     * A reader adding problems to {@code problems} and placing each unit in {@code where} (which
     * reports a thing translated twice).
     */
    TranslationReader(KnowledgeFiles files, Language language, List<Problem> problems, Locations where) {
        this.files = files;
        this.language = language;
        this.problems = problems;
        this.where = where;
    }

    /** The translation file of an English knowledge file, e.g. {@code es/facts.yaml}. */
    static String fileFor(Language language, String englishFile) {
        return language.tag() + "/" + englishFile;
    }

    /**
     * The units of the translation of {@code englishFile}, or empty when the file is missing or
     * unreadable (the problem is then reported).
     */
    Optional<List<TranslatedUnit>> read(String englishFile) {
        String file = fileFor(language, englishFile);
        if (files.read(file).isEmpty()) {
            problems.add(new Problem(file, "$", "the '" + language.tag() + "' translation of " + englishFile
                    + " is missing; 'crampcare knowledge hashes --language " + language.tag() + "' lists what it needs"));
            return Optional.empty();
        }
        return YamlDocuments.readChecked(files, file, schemaFor(englishFile), problems).map(doc -> units(file, doc));
    }

    private static String schemaFor(String englishFile) {
        return switch (englishFile) {
            case "items.yaml", "rules.yaml", "hydration.yaml", "sources.yaml" ->
                    englishFile.replace(".yaml", ".translation.schema.json");
            default -> "content.translation.schema.json";
        };
    }

    private List<TranslatedUnit> units(String file, JsonNode doc) {
        if (!language.tag().equals(doc.path("language").asText())) {
            problems.add(new Problem(file, "$.language", "says '" + doc.path("language").asText()
                    + "' but the file is in the '" + language.tag() + "' folder"));
        }
        List<TranslatedUnit> out = new ArrayList<>();
        if (doc.has("from")) {
            String kind = doc.has("topic") ? "topic" : "hydration";
            out.add(unit(kind, doc.has("topic") ? doc.get("topic").asText() : "hydration", file, "$", doc));
        }
        doc.fields().forEachRemaining(section -> {
            String kind = SECTION_KIND.get(section.getKey());
            JsonNode list = section.getValue();
            for (int i = 0; kind != null && i < list.size(); i++) {
                out.add(unit(kind, list.get(i).get("id").asText(), file, "$." + section.getKey() + "[" + i + "]",
                        list.get(i)));
            }
        });
        return out;
    }

    private TranslatedUnit unit(String kind, String id, String file, String path, JsonNode node) {
        where.put(kind, id, file, path).ifPresent(problems::add);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Map<String, String> paths = new LinkedHashMap<>();
        List<String> questions = new ArrayList<>();
        node.path(QUESTIONS).forEach(q -> questions.add(q.asText().strip()));
        node.fields().forEachRemaining(f -> {
            String name = f.getKey();
            JsonNode value = f.getValue();
            if (NOT_FIELDS.contains(name) || SECTION_KIND.containsKey(name) || name.equals(QUESTIONS)) {
                return;
            }
            if (name.equals("values")) {
                for (int i = 0; i < value.size(); i++) {
                    String field = "values." + value.get(i).get("value").asText();
                    if (fields.put(field, List.of(value.get(i).get("label").asText().strip())) != null) {
                        problems.add(new Problem(file, path + ".values[" + i + "]", "value '"
                                + value.get(i).get("value").asText() + "' is labelled twice"));
                    }
                    paths.put(field, path + ".values[" + i + "]");
                }
            } else {
                List<String> texts = new ArrayList<>();
                if (value.isArray()) {
                    value.forEach(v -> texts.add(v.asText().strip()));
                } else {
                    texts.add(value.asText().strip());
                }
                fields.put(name, texts);
                paths.put(name, path + "." + name);
            }
        });
        JsonNode from = node.get("from");
        if (!from.isTextual()) {
            problems.add(new Problem(file, path + ".from", "write the hash in quotes (from: \"963e7368\"):"
                    + " without them YAML reads some hashes as numbers"));
        }
        return new TranslatedUnit(kind, id, file, path, from.asText(), fields, paths, questions);
    }
}

package org.crampcare.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import java.util.Optional;

/**
 * Reads a knowledge file (YAML, or JSON which is valid YAML) into a tree and checks its schema.
 *
 * <p>Public so that other features (the free-text lexicon, search synonyms) load their own
 * knowledge files the same way and report problems in the same form.
 */
public final class YamlDocuments {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlDocuments() {
    }

    /**
     * Reads and schema-checks one file. Problems are added to {@code problems}; the tree is
     * returned only when the file exists, parses and passes its schema.
     */
    public static Optional<JsonNode> readChecked(KnowledgeFiles files, String fileName, String schemaFile,
                                                 List<Problem> problems) {
        Optional<String> text = files.read(fileName);
        if (text.isEmpty()) {
            problems.add(new Problem(fileName, "$", "file is missing from " + files.describe()));
            return Optional.empty();
        }
        JsonNode tree;
        try {
            tree = YAML.readTree(text.get());
        } catch (JsonProcessingException e) {
            problems.add(new Problem(fileName, "$", "not valid YAML" + (e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr()) + ": " + firstLine(e.getOriginalMessage())));
            return Optional.empty();
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            problems.add(new Problem(fileName, "$", "file is empty"));
            return Optional.empty();
        }
        List<Problem> found = SchemaCheck.of(schemaFile).check(fileName, tree);
        problems.addAll(found);
        return found.isEmpty() ? Optional.of(tree) : Optional.empty();
    }

    /** The parser's own first line, without the quoted source snippet that follows it. */
    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}

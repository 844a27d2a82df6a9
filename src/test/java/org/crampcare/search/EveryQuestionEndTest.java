package org.crampcare.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.knowledge.Language;
import org.junit.jupiter.api.Test;

/**
 * Every word-prefix of our own hand-written questions is searched, in both languages, without an
 * exception. Why: a person may stop typing anywhere, and the free-text reader crashed on texts that
 * ended right after a cue (hazard H-03, see the intake's EveryTextEndTest); the search reads the
 * same texts with its own cues (the focus, answer types, scope phrases, contrasts, warning signs).
 * Searched by words alone: the embedding adds no reading of the text that could fail this way, and
 * tens of thousands of embeddings would take minutes.
 */
class EveryQuestionEndTest {
    private static final Path EVAL = Path.of("src/test/resources/eval");
    private static final KnowledgeSearch WORDS = KnowledgeSearch.byWords(SearchFixture.KNOWLEDGE, KnowledgeFiles.builtIn());

    @Test
    void everyPrefixOfEveryOwnQuestionIsSearchedInBothLanguages() throws IOException {
        List<String> failures = new ArrayList<>();
        int searched = 0;
        for (String question : ownQuestions()) {
            String[] words = question.split("\\s+");
            for (int n = 1; n <= words.length; n++) {
                String prefix = String.join(" ", Arrays.copyOf(words, n));
                for (Language language : Language.values()) {
                    searched++;
                    check(prefix, language, failures);
                }
            }
        }
        assertThat(searched).as("prefixes searched").isGreaterThan(5_000);
        assertThat(failures).as("prefixes that failed").isEmpty();
    }

    @Test
    void textsThatEndRightAfterACueOrAMarkAreSearched() {
        List<String> failures = new ArrayList<>();
        for (String text : List.of("", " ", "?", "¿", "¿?", "...", "My calf cramps. What", "instead of",
                "how long", "is it normal", "cramps rather than", "¿Cuánto", "me da calambre, ¿", "calambres. ¿Por qué")) {
            for (Language language : Language.values()) {
                check(text, language, failures);
            }
        }
        assertThat(failures).isEmpty();
    }

    private static void check(String text, Language language, List<String> failures) {
        try {
            WORDS.search(text, 3, language);
        } catch (RuntimeException e) {
            failures.add(language + " \"" + text + "\": " + e);
        }
    }

    private static List<String> ownQuestions() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(EVAL)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches(".*questions-own.*\\.jsonl")).sorted()
                    .toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.isBlank()) {
                        JsonNode c = json.readTree(line);
                        out.add(c.path("question").asText());
                    }
                }
            }
        }
        assertThat(out).as("own questions").hasSizeGreaterThan(300);
        return out;
    }
}

package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.crampcare.knowledge.Language;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.triage.TextEvidence;
import org.crampcare.triage.TextReading;
import org.junit.jupiter.api.Test;

/**
 * Every word-prefix of our own hand-written descriptions is read, in both languages, without an
 * exception and with its evidence inside the text. Why: a person may stop typing anywhere, and a
 * reader that looks one word past a cue ("... ahora no tengo", "tired is what I am") crashed on
 * exactly such endings (hazard H-03); random fuzzing rarely ends a text right after such a cue.
 */
class EveryTextEndTest {
    private static final Path EVAL = Path.of("src/test/resources/eval");

    @Test
    void everyPrefixOfEveryOwnDescriptionIsReadInBothLanguages() throws IOException {
        List<String> failures = new ArrayList<>();
        int read = 0;
        for (String text : ownDescriptions()) {
            String[] words = text.split("\\s+");
            for (int n = 1; n <= words.length; n++) {
                String prefix = String.join(" ", Arrays.copyOf(words, n));
                for (Language language : Language.values()) {
                    read++;
                    check(prefix, language, failures);
                }
            }
        }
        assertThat(read).as("prefixes read").isGreaterThan(10_000);
        assertThat(failures).as("prefixes that failed").isEmpty();
    }

    @Test
    void aTextEndingRightAfterASelfLeadIsRead() {
        List<String> failures = new ArrayList<>();
        for (String text : List.of("tired is what I am", "cramps every night and I'm", "I am a")) {
            check(text, Language.EN, failures);
        }
        for (String text : List.of("ahora no tengo", "tengo", "calambres, soy", "me duele y tengo")) {
            check(text, Language.ES, failures);
        }
        assertThat(failures).isEmpty();
    }

    private static void check(String text, Language language, List<String> failures) {
        try {
            TextReading reading = Reading.INTAKE.read(text, language);
            for (TextEvidence e : reading.evidence()) {
                if (e.start() < 0 || e.end() > text.length() || e.start() > e.end()) {
                    failures.add(language + " evidence outside \"" + text + "\": " + e.item());
                }
            }
        } catch (RuntimeException ex) {
            failures.add(language + " \"" + text + "\": " + ex);
        }
    }

    private static List<String> ownDescriptions() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(EVAL)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("(es-)?text-own.*\\.jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.isBlank()) {
                        texts.add(AssessmentJson.mapper().readTree(line).get("text").asText());
                    }
                }
            }
        }
        return texts;
    }
}

package org.crampcare.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The loader on tiny purpose-built knowledge folders, some broken on purpose. */
class KnowledgeFixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/knowledge");

    @Test
    void minimalFolderLoadsEveryKindOfFile() {
        KnowledgeBase kb = KnowledgeLoader.fromFolder(FIXTURES.resolve("minimal"));

        assertThat(kb.policyVersion()).isEqualTo("test");
        assertThat(kb.items()).extracting(Item::id).containsExactly("danger", "pain", "where");
        assertThat(kb.rules()).extracting(Rule::id).containsExactly("E1", "A1");
        assertThat(kb.topic("tips")).isPresent();
        assertThat(kb.entry("tips.any").orElseThrow().evidence()).isEqualTo(Evidence.WEAK);
        assertThat(kb.hydration().targets()).hasSize(1);
    }

    @Test
    void theVersionIsThePolicyVersionAndAFingerprintThatAnyEditChanges() throws IOException {
        Path copy = Files.createTempDirectory("crampcare-knowledge-version");
        Path minimal = FIXTURES.resolve("minimal");
        try (Stream<Path> files = Files.walk(minimal)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path to = copy.resolve(minimal.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        String before = KnowledgeLoader.fromFolder(copy).version();
        assertThat(before).matches("test-[0-9a-f]{12}");
        assertThat(KnowledgeLoader.fromFolder(copy).version()).as("same files, same version").isEqualTo(before);

        Path sources = copy.resolve("sources.yaml");
        Files.writeString(sources, Files.readString(sources) + "\n# an edit that changes nothing else\n");
        String edited = KnowledgeLoader.fromFolder(copy).version();
        assertThat(edited).startsWith("test-").isNotEqualTo(before);

        Path spanish = copy.resolve("es").resolve("sources.yaml");
        Files.writeString(spanish, Files.readString(spanish) + "\n# a translation edit\n");
        assertThat(KnowledgeLoader.fromFolder(copy).version()).as("a translation is part of the knowledge")
                .isNotEqualTo(edited);
    }

    @Test
    void aPracticalTipLoadsWithoutSourcesOrEvidenceAndTheFluidMarkerIsRead() {
        KnowledgeBase kb = KnowledgeLoader.fromFolder(FIXTURES.resolve("minimal"));

        ContentEntry tip = kb.entry("tips.own").orElseThrow();
        assertThat(List.of(tip.tip(), tip.basis(), tip.evidence(), tip.sources()))
                .containsExactly(true, Basis.PRACTICAL_TIP, Evidence.NONE, List.of());
        assertThat(kb.entry("tips.any").orElseThrow().basis()).isEqualTo(Basis.SOURCES);
        assertThat(kb.entry("tips.drink").orElseThrow().fluidIntake()).isTrue();
        assertThat(kb.entry("tips.any").orElseThrow().fluidIntake()).isFalse();
    }

    @Test
    void brokenFolderReportsEveryProblemWithFileAndPath() {
        List<Problem> problems = problemsOf("broken");

        assertThat(problems).extracting(Problem::toString).containsExactlyInAnyOrder(
                "items.yaml $.items[3].id: duplicate item id 'danger' (first at items.yaml $.items[0])",
                "tips.yaml $.entries[0]: required property 'caveat' not found",
                "items.yaml $.screens[0].items[2]: unknown item 'ghost'",
                "items.yaml $.items[2]: no screen asks item 'orphan'",
                "items.yaml $.items[1].sources[0]: unknown source id 'nobody'",
                "rules.yaml $.rules[0].when: reads unknown item 'dangr'",
                "rules.yaml $.rules[1].when: threshold 11 is outside the range of 'pain' (0 to 10)",
                "rules.yaml $.rules[2].when: 'not' is not allowed in triage rules: a missing answer would fire the rule",
                "rules.yaml $.rules[3].when: 'is' needs a boolean item but 'pain' is integer",
                "advice.yaml $.entries[0]: cites no source: cite the articles that say it, or mark it"
                        + " 'basis: practical-tip' if it is CrampCare's own how-to detail",
                "advice.yaml $.entries[1].text: says 'dose': a practical tip may not make a clinical claim;"
                        + " cite the sources that say it instead",
                "advice.yaml $.entries[2].sources: a practical tip cites no source; drop the sources, or make it"
                        + " a sourced entry if they say it",
                "advice.yaml $.entries[3].text: says 'Keep taking': CrampCare never tells people to keep taking,"
                        + " start or stop a medicine; say to talk to the prescriber before changing anything",
                "advice.yaml $.entries[3].text: says 'as prescribed': CrampCare gives no advice on taking a"
                        + " prescription; say to talk to the prescriber",
                "advice.yaml $.entries[4]: says '3 litres': it gives a fluid amount, so it needs fluidIntake: true"
                        + " (it is then left out for people who may be on a fluid limit)");
    }

    @Test
    void malformedYamlNamesTheFileAndLine() {
        assertThat(problemsOf("bad-yaml")).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("sources.yaml");
            assertThat(p.message()).startsWith("not valid YAML at line 4");
        });
    }

    @Test
    void missingFolderReportsMissingFiles() {
        assertThat(problemsOf("no-such-folder")).extracting(Problem::file)
                .contains("index.yaml", "sources.yaml", "items.yaml", "rules.yaml", "hydration.yaml");
    }

    private static List<Problem> problemsOf(String folder) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> KnowledgeLoader.fromFolder(FIXTURES.resolve(folder)));
        assertThat(thrown).isInstanceOf(KnowledgeException.class);
        assertThatThrownBy(() -> { throw thrown; }).hasMessageContaining("problem(s) in the knowledge files");
        return ((KnowledgeException) thrown).problems();
    }
}

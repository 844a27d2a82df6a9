package org.crampcare.web.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.knowledge.Language;
import org.crampcare.knowledge.Problem;
import org.junit.jupiter.api.Test;

/** The page texts: the shipped ones check, and every kind of broken translation is refused with its place. */
class PageTextsTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/pages");
    /** A key as the pages ask for it: {@code t.get("result.why")}, {@code Page.of(ctx, "search.title", ...)}. */
    private static final Pattern KEY = Pattern.compile("\"([a-z][a-z0-9_-]*(?:\\.[a-z0-9_-]+)+)\"");

    @Test
    void theShippedTextsHaveEveryKeyInEveryLanguage() {
        assertThat(PageTexts.problems(KnowledgeFiles.builtIn())).isEmpty();
        PageTexts texts = PageTexts.builtIn();
        assertThat(texts.in(Language.ES).get("layout.emergency-call"))
                .isEqualTo("Llame ahora al número de emergencias de su localidad");
        assertThat(texts.in(Language.EN).f("step.progress", 2, 7)).isEqualTo("Step 2 of 7");
        assertThat(texts.in(Language.ES).f("step.progress", 2, 7)).isEqualTo("Paso 2 de 7");
    }

    @Test
    void aGoodTranslationLoads() {
        PageTexts texts = PageTexts.load(KnowledgeFiles.folder(FIXTURES.resolve("ok")));
        assertThat(texts.in(Language.ES).get("result.why")).isEqualTo("Por qué");
        assertThatThrownBy(() -> texts.in(Language.ES).get("result.nothing"))
                .as("an unknown key is a bug in the page, never an empty text").hasMessageContaining("result.nothing");
    }

    @Test
    void aMissingStaleUnknownDoubledOrPlaceholderLosingTranslationIsRefusedWithItsPlace() {
        List<String> problems = PageTexts.problems(KnowledgeFiles.folder(FIXTURES.resolve("broken"))).stream()
                .map(Problem::toString).toList();
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("es/pages.yaml $.texts:")
                .contains("no translation of 'emergency.call'").contains("from: " + PageTexts.hash("Call your local emergency number now")));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("es/pages.yaml $.texts[0].from:").contains("stale")
                .contains(PageTexts.hash("Help with muscle cramps")));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("es/pages.yaml $.texts[1].text:")
                .contains("[{0}]").contains("[{0}, {1}]"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("es/pages.yaml $.texts[3].id:").contains("'result.why' is given twice"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("es/pages.yaml $.texts[4].id:")
                .contains("unknown text 'result.gone'"));
        assertThat(problems).hasSize(5);
        assertThatThrownBy(() -> PageTexts.load(KnowledgeFiles.folder(FIXTURES.resolve("broken"))))
                .hasMessageContaining("5 problem(s)").hasMessageContaining("emergency.call");
    }

    @Test
    void aBlankTextIsRefusedByTheSchema() {
        assertThat(PageTexts.problems(KnowledgeFiles.folder(FIXTURES.resolve("blank"))))
                .anySatisfy(p -> assertThat(p.toString()).startsWith("es/pages.yaml $.texts[3].text"));
    }

    /** Every key written in a template or in the web and report code is in the English texts (and so in every language). */
    @Test
    void everyKeyThePagesAskForExists() throws IOException {
        PageTexts texts = PageTexts.builtIn();
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Stream.concat(Files.walk(Path.of("src/main/jte")),
                Files.walk(Path.of("src/main/java/org/crampcare/web"))), Files.walk(Path.of("src/main/java/org/crampcare/report")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    asked.add(m.group(1));
                }
            }
        }
        Set<String> missing = new TreeSet<>();
        for (String key : asked) {
            String prefix = key.substring(0, key.indexOf('.'));
            boolean fileName = key.matches(".*\\.(js|css|jte|yaml|json|png)");
            if (PAGE_PREFIXES.contains(prefix) && !fileName && !texts.in(Language.EN).has(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).as("keys asked for but not in knowledge/pages.yaml").isEmpty();
        assertThat(asked).as("the scan finds the keys").contains("layout.emergency-call", "emergency.title", "report.heading");
    }

    private static final Set<String> PAGE_PREFIXES = Set.of("layout", "nav", "script", "advice", "error", "help",
            "sources", "emergency", "result", "understood", "now", "question", "answer", "start", "step", "about",
            "home", "knowledge", "offline", "search", "account", "saved", "diary", "checkin", "cramp", "cramps",
            "period", "data", "insights", "chart", "report", "wizard", "signin", "form", "field", "row", "word");
}

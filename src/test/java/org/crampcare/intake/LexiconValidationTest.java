package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeException;
import org.crampcare.knowledge.KnowledgeFiles;
import org.crampcare.knowledge.KnowledgeLoader;
import org.crampcare.knowledge.Problem;
import org.crampcare.triage.InputException;
import org.crampcare.triage.TextInterpreter;
import org.junit.jupiter.api.Test;

/** The lexicon loader on tiny purpose-built lexicons, some broken on purpose. */
class LexiconValidationTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/lexicon");

    @Test
    void minimalLexiconLoadsAndReads() {
        TextIntake intake = TextIntake.load(KnowledgeFiles.folder(FIXTURES.resolve("minimal")), Reading.KB);

        assertThat(intake.read("My leg is puffy, not numb.").answers())
                .containsEntry("swelling", true)
                .containsEntry("numbness", false);
        assertThat(intake.read("My leg is swolen.").answers()).as("a slip of a lexicon word").containsEntry("swelling", true);
        assertThat(intake.read("My leg is pufy.").toConfirm()).as("a guess at an urgent sign is confirmed, not set")
                .containsExactly(new org.crampcare.triage.Confirmation("swelling", "pufy"));
    }

    @Test
    void brokenLexiconReportsEveryProblemWithItsPath() {
        List<String> problems = problemsOf("broken");

        assertThat(problems).containsExactlyInAnyOrder(
                "lexicon.yaml $.phrases[1].item: unknown item id 'swolen'",
                "lexicon.yaml $.phrases[2].value: value 'elbow' is not allowed for item 'locations'; expected one of "
                        + "[calf, hamstring, thigh, foot, toes, hand, arm, abdomen, ribcage, back, neck]",
                "lexicon.yaml $.phrases[3].value: value 'yes' given for boolean item 'numbness'",
                "lexicon.yaml $.phrases[4]: item 'pain_score' is integer; such items are read from numbers, people and self, not from phrases",
                "lexicon.yaml $.phrases[5]: item 'medications' is a list; reads absent is only for boolean items",
                "lexicon.yaml $.phrases[6].say[0]: \"pins-and\" in \"pins-and|needles tingle\" must be a single word",
                "lexicon.yaml $.people.groups[0].sex: 'robot' is not a value of item 'sex'",
                "lexicon.yaml $.spelling.shorthand['two words']: must map one written word to one or more words",
                "lexicon.es.yaml $.phrases[1].item: unknown item id 'hinchazon'",
                "lexicon.es.yaml $.numbers.links.scoreArticles[1]: must be a single word or mark");
    }

    @Test
    void schemaViolationsAreReportedWithTheirPaths() {
        List<String> problems = problemsOf("malformed");

        assertThat(problems).contains(
                "lexicon.yaml $.phrases[0]: required property 'say' not found",
                "lexicon.yaml $.format: must be the constant value 'crampcare.lexicon'");
        assertThat(problems).anyMatch(p -> p.startsWith("lexicon.yaml $.phrases[1].reads:"));
    }

    @Test
    void missingLexiconIsAProblemToo() {
        assertThat(problemsOf("does-not-exist")).containsExactly(
                "lexicon.yaml $: file is missing from " + FIXTURES.resolve("does-not-exist"),
                "lexicon.es.yaml $: file is missing from " + FIXTURES.resolve("does-not-exist"));
    }

    @Test
    void knowledgeWithOtherItemsRefusesTextAndSaysWhy() {
        KnowledgeBase other = KnowledgeLoader.fromFolder(FIXTURES.resolve("other-knowledge"));
        TextInterpreter interpreter = TextIntake.builtInOrRefusing(other);

        InputException e = catchThrowableOfType(InputException.class, () -> interpreter.read("my calf is swollen"));
        assertThat(e.field()).isEqualTo("text");
        assertThat(e.reason()).contains("built-in lexicon does not fit").contains("lexicon.yaml");
        assertThat(TextIntake.builtInOrRefusing(Reading.KB).read("my calf is swollen").answers())
                .containsEntry("swelling", true);
    }

    private static List<String> problemsOf(String fixture) {
        KnowledgeException e = catchThrowableOfType(KnowledgeException.class,
                () -> TextIntake.load(KnowledgeFiles.folder(FIXTURES.resolve(fixture)), Reading.KB));
        assertThat(e).as("loading %s must fail", fixture).isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }
}

package org.crampcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crampcare.TestEnvironment;
import org.crampcare.intake.TextIntake;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.KnowledgeLoader;
import org.crampcare.triage.AssessmentInput;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Assessor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scores the free-text evaluation sets as {@code crampcare eval text} does, text only, and fails on
 * regression below the figures reached when issue #13 (English) and issue #18 (Spanish) were done:
 * exact level, under-triage, missed emergencies, and per-item precision and recall over every item
 * the texts state. The language of each text is detected, as it is when an input names none.
 */
class TextEvalSetsTest {
    private static final KnowledgeBase KB = KnowledgeLoader.builtIn();
    private static final Assessor ASSESSOR = Assessor.create(KB, TextIntake.builtIn(KB));

    @ParameterizedTest(name = "{0}: exact >= {1}, under 0, emergencies missed 0, P >= {2}, R >= {3}")
    @CsvSource({
        "src/test/resources/eval/text-tune.jsonl, 85, 0.95, 0.93",
        "src/test/resources/eval/text-own3-dev.jsonl, 39, 0.92, 0.84",
        "src/test/resources/eval/text-own5.jsonl, 81, 0.97, 0.94",
        "src/test/resources/eval/text-own6.jsonl, 61, 0.96, 0.94",
        "src/test/resources/eval/text-tune6.jsonl, 78, 0.94, 0.87",
        "src/test/resources/eval/text-tune5.jsonl, 65, 0.96, 0.92",
        "src/test/resources/eval/text-locked6.jsonl, 80, 0.94, 0.84",
        "${shared}/eval/triage-text-dev.jsonl, 25, 0.97, 0.97",
        "${shared}/eval/triage-text-dev2.jsonl, 40, 0.97, 0.93",
        "src/test/resources/eval/es-text-tune.jsonl, 65, 0.96, 0.96",
        "src/test/resources/eval/es-text-own.jsonl, 102, 0.93, 0.93",
        "src/test/resources/eval/es-text-own5.jsonl, 57, 0.97, 0.96",
        "src/test/resources/eval/es-text-tune5.jsonl, 45, 0.94, 0.92",
        "src/test/resources/eval/es-text-tune6.jsonl, 50, 0.95, 0.94",
        "src/test/resources/eval/es-text-locked6.jsonl, 50, 0.93, 0.88"})
    void setHoldsItsFigures(String where, int minExact, double minPrecision, double minRecall) throws IOException {
        Path file = Path.of(where.replace("${shared}", System.getProperty("crampcare.shared", "../shared")));
        TestEnvironment.require(Files.isRegularFile(file), "evaluation set not present: " + file);
        StringWriter misses = new StringWriter();
        TriageScore score = new TriageScore(new PrintWriter(misses));
        ItemScores items = new ItemScores();
        for (JsonNode c : EvalCases.read(file)) {
            AssessmentResult r = ASSESSOR.assess(AssessmentInput.ofText(c.get("text").asText()));
            score.add(c, r);
            items.add(AssessmentJson.mapper().valueToTree(r.answers()), c.path("answers_truth"));
        }
        assertThat(score.underTriaged()).as("under-triaged; misses:%n%s", misses).isZero();
        assertThat(score.emergenciesMissed()).as("emergencies missed").isZero();
        assertThat(score.exactLevels()).as("exact levels; misses:%n%s", misses).isGreaterThanOrEqualTo(minExact);
        assertThat(items.total().precision()).as("item precision").isGreaterThanOrEqualTo(minPrecision);
        assertThat(items.total().recall()).as("item recall").isGreaterThanOrEqualTo(minRecall);
    }
}

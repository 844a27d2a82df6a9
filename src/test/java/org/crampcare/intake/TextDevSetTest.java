package org.crampcare.intake;

import org.crampcare.TestEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.triage.AssessmentInput;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Assessor;
import org.junit.jupiter.api.Test;

/** The shared free-text development set, sent as text only: at least 24 of 25 exact, none under-triaged. */
class TextDevSetTest {

    @Test
    void devTextsGiveTheExpectedLevelAndNeverLower() throws IOException {
        Path file = Path.of(System.getProperty("crampcare.shared", "../shared")).resolve("eval/triage-text-dev.jsonl");
        TestEnvironment.require(Files.isRegularFile(file), "shared eval set not present: " + file);
        Assessor assessor = Assessor.create(Reading.KB, Reading.INTAKE);
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        List<String> misses = new ArrayList<>();
        List<String> under = new ArrayList<>();
        for (String line : lines) {
            JsonNode c = AssessmentJson.mapper().readTree(line);
            AssessmentResult r = assessor.assess(AssessmentInput.ofText(c.get("text").asText()));
            TriageLevel want = TriageLevel.valueOf(c.path("expect").path("triage").asText());
            if (r.triage() != want) {
                misses.add(c.path("id").asText() + ": got " + r.triage() + ", expected " + want);
            }
            if (want.above(r.triage())) {
                under.add(c.path("id").asText());
            }
        }
        assertThat(lines).hasSize(25);
        assertThat(under).as("under-triaged").isEmpty();
        assertThat(misses).as("level misses").hasSizeLessThanOrEqualTo(1);
    }
}

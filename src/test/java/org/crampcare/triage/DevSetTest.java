package org.crampcare.triage;

import org.crampcare.TestEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The shared structured development set: every case must give the exact level and rule set. */
class DevSetTest {
    static Path shared() {
        return Path.of(System.getProperty("crampcare.shared", "../shared"));
    }

    @Test
    void everyStructuredDevCaseGivesTheExactLevelAndRules() throws IOException {
        Path file = shared().resolve("eval/triage-structured-dev.jsonl");
        TestEnvironment.require(Files.isRegularFile(file), "shared eval set not present: " + file);
        Assessor assessor = Assessor.builtIn();
        List<String> misses = new ArrayList<>();
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        for (String line : lines) {
            JsonNode c = AssessmentJson.mapper().readTree(line);
            AssessmentResult r = assessor.assess(AssessmentJson.fromTree(
                    AssessmentJson.mapper().createObjectNode().set("answers", c.get("answers"))));
            TreeSet<String> want = new TreeSet<>();
            c.path("expect").path("rules").forEach(n -> want.add(n.asText()));
            String got = r.triage() + " " + new TreeSet<>(r.ruleIds());
            String expected = c.path("expect").path("triage").asText() + " " + want;
            if (!got.equals(expected)) {
                misses.add(c.path("id").asText() + ": got " + got + ", expected " + expected);
            }
        }
        assertThat(lines).hasSize(30);
        assertThat(misses).isEmpty();
    }
}

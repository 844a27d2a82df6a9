package org.crampcare.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crampcare.triage.AssessmentJson;

/** Reads an evaluation set: one JSON case per non-blank line of a JSON Lines file. */
final class EvalCases {
    private EvalCases() {
    }

    static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                cases.add(AssessmentJson.mapper().readTree(line));
            }
        }
        return cases;
    }
}

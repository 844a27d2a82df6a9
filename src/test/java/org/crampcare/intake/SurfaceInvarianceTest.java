package org.crampcare.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.crampcare.triage.AssessmentInput;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.triage.Assessor;
import org.junit.jupiter.api.Test;

/**
 * How a description is typed never changes its level: a greeting before it, capitals, no
 * apostrophes, a new line after each full stop, or dashes for commas (hazard H-03).
 *
 * <p>Why: these are the first things that differ between people who say the same thing, and a
 * reader that turns on them has learned its test sentences, not the language. Run over the 85
 * descriptions of the tuning set, every one of them in each form.
 */
class SurfaceInvarianceTest {
    private static final Map<String, UnaryOperator<String>> FORMS = Map.of(
            "a greeting before it", t -> "Hi, " + t,
            "all capitals", t -> t.toUpperCase(java.util.Locale.ROOT),
            "all lower case", t -> t.toLowerCase(java.util.Locale.ROOT),
            "no apostrophes", t -> t.replace("'", "").replace("\u2019", ""),
            "a new line after each full stop", t -> t.replace(". ", ".\n"),
            "dashes for commas", t -> t.replace(", ", " - "));

    @Test
    void theLevelDoesNotDependOnHowTheTextIsTyped() throws IOException {
        Assessor assessor = Assessor.create(Reading.KB, Reading.INTAKE);
        List<String> changed = new ArrayList<>();
        for (JsonNode c : cases("/eval/text-tune.jsonl")) {
            String text = c.get("text").asText();
            var level = assessor.assess(AssessmentInput.ofText(text)).triage();
            FORMS.forEach((form, change) -> {
                var other = assessor.assess(AssessmentInput.ofText(change.apply(text))).triage();
                if (other != level) {
                    changed.add(c.get("id").asText() + " with " + form + ": " + level + " -> " + other);
                }
            });
        }
        assertThat(changed).isEmpty();
    }

    private static List<JsonNode> cases(String resource) throws IOException {
        try (InputStream in = SurfaceInvarianceTest.class.getResourceAsStream(resource)) {
            List<JsonNode> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(AssessmentJson.mapper().readTree(line));
                }
            }
            return out;
        }
    }
}

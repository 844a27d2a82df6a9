package org.crampcare.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Set;
import java.util.TreeSet;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.triage.AssessmentResult;

/**
 * Tallies triage against a case's {@code expect}: exact level, exact rule set, and under-triage,
 * printing a MISS line for each case that differs. Shared by the structured and free-text sets.
 *
 * <p>For a free-text case that is under-triaged, it also tells how: a sign the text states that the
 * reader left unanswered is still asked by the interview (emergency signs first), while a sign
 * read as "no" is never asked again, which is the more dangerous miss; both are counted.
 */
final class TriageScore {
    private final PrintWriter out;
    private int cases;
    private int level;
    private int rules;
    private int under;
    private int emergenciesMissed;
    private int misread;

    TriageScore(PrintWriter out) {
        this.out = out;
    }

    void add(JsonNode c, AssessmentResult r) {
        TriageLevel want = TriageLevel.valueOf(c.path("expect").path("triage").asText());
        Set<String> wantRules = new TreeSet<>();
        c.path("expect").path("rules").forEach(n -> wantRules.add(n.asText()));
        boolean levelOk = r.triage() == want;
        boolean rulesOk = new TreeSet<>(r.ruleIds()).equals(wantRules);
        cases++;
        level += levelOk ? 1 : 0;
        rules += rulesOk ? 1 : 0;
        under += want.above(r.triage()) ? 1 : 0;
        emergenciesMissed += want == TriageLevel.EMERGENCY && r.triage() != want ? 1 : 0;
        Set<String> wrong = want.above(r.triage()) ? misread(c.path("answers_truth"), r) : Set.of();
        misread += wrong.isEmpty() ? 0 : 1;
        if (!levelOk || !rulesOk) {
            out.printf("MISS %s: got %s %s, expected %s %s%s%n", c.path("id").asText(), r.triage(),
                    new TreeSet<>(r.ruleIds()), want, wantRules, wrong.isEmpty() ? "" : ", misread: " + wrong);
        }
    }

    /**
     * The items the truth gives that the reading answered with another value ("no" to a stated
     * sign, a lower number); items the reading left unanswered are not misread.
     */
    private static Set<String> misread(JsonNode truth, AssessmentResult r) {
        JsonNode read = AssessmentJson.mapper().valueToTree(r.answers());
        Set<String> wrong = new TreeSet<>();
        truth.fields().forEachRemaining(f -> {
            JsonNode got = read.get(f.getKey());
            if (got != null && !got.isNull() && !f.getValue().isArray() && !sameValue(got, f.getValue())) {
                wrong.add(f.getKey());
            }
        });
        return wrong;
    }

    private static boolean sameValue(JsonNode a, JsonNode b) {
        return a.isNumber() && b.isNumber() ? a.asDouble() == b.asDouble() : a.equals(b);
    }

    int cases() {
        return cases;
    }

    boolean allExact() {
        return level == cases && rules == cases;
    }

    int underTriaged() {
        return under;
    }

    int exactLevels() {
        return level;
    }

    int emergenciesMissed() {
        return emergenciesMissed;
    }

    String exactTriage() {
        return "exact triage: " + level + "/" + cases;
    }

    String exactRules() {
        return "exact rule set: " + rules + "/" + cases;
    }

    /**
     * Under-triaged cases in which the reading gave a stated item another value; in the others the
     * item was left unanswered, so the interview still asks it.
     */
    int misreadUnder() {
        return misread;
    }

    String underLine() {
        return "under-triaged: " + under + " (emergencies missed: " + emergenciesMissed + "; with a stated item misread: "
                + misread + ", the others left it open for the interview to ask)";
    }
}

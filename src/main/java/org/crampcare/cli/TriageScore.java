package org.crampcare.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Set;
import java.util.TreeSet;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.triage.AssessmentResult;

/**
 * Tallies triage against a case's {@code expect}: exact level, exact rule set, and under-triage,
 * printing a MISS line for each case that differs. Shared by the structured and free-text sets.
 */
final class TriageScore {
    private final PrintWriter out;
    private int cases;
    private int level;
    private int rules;
    private int under;
    private int emergenciesMissed;

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
        if (!levelOk || !rulesOk) {
            out.printf("MISS %s: got %s %s, expected %s %s%n", c.path("id").asText(), r.triage(),
                    new TreeSet<>(r.ruleIds()), want, wantRules);
        }
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

    String underLine() {
        return "under-triaged: " + under + " (emergencies missed: " + emergenciesMissed + ")";
    }
}

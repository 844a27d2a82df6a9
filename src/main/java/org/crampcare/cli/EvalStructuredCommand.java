package org.crampcare.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.crampcare.knowledge.TriageLevel;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Assessor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Scores triage on cases with structured answers: exact level, exact rule set, under-triage.
 *
 * <p>Exit code 1 when any case misses, so scripts and CI can use it as a check.
 */
@Command(name = "structured", mixinStandardHelpOptions = true,
        description = "Score triage on {\"id\", \"answers\", \"expect\": {\"triage\", \"rules\"}} cases.")
final class EvalStructuredCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.jsonl", description = "e.g. ../shared/eval/triage-structured-dev.jsonl")
    Path file;

    @CommandLine.Mixin
    KnowledgeOption knowledge;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Assessor assessor = knowledge.open().assessor();
        PrintWriter out = spec.commandLine().getOut();
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        int level = 0;
        int rules = 0;
        int under = 0;
        for (String line : lines) {
            JsonNode c = AssessmentJson.mapper().readTree(line);
            AssessmentResult r = assessor.assess(AssessmentJson.fromTree(c.path("input").isObject()
                    ? c.get("input") : AssessmentJson.mapper().createObjectNode().set("answers", c.get("answers"))));
            TriageLevel want = TriageLevel.valueOf(c.path("expect").path("triage").asText());
            Set<String> wantRules = new TreeSet<>();
            c.path("expect").path("rules").forEach(n -> wantRules.add(n.asText()));
            boolean levelOk = r.triage() == want;
            boolean rulesOk = new TreeSet<>(r.ruleIds()).equals(wantRules);
            level += levelOk ? 1 : 0;
            rules += rulesOk ? 1 : 0;
            under += want.above(r.triage()) ? 1 : 0;
            if (!levelOk || !rulesOk) {
                out.printf("MISS %s: got %s %s, expected %s %s%n", c.path("id").asText(), r.triage(),
                        new TreeSet<>(r.ruleIds()), want, wantRules);
            }
        }
        out.printf("cases: %d%nexact triage: %d/%d%nexact rule set: %d/%d%nunder-triaged: %d%n", lines.size(),
                level, lines.size(), rules, lines.size(), under);
        out.flush();
        return level == lines.size() && rules == lines.size() ? 0 : 1;
    }
}

package org.crampcare.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
        TriageScore score = new TriageScore(out);
        for (JsonNode c : EvalCases.read(file)) {
            score.add(c, assessor.assess(AssessmentJson.fromTree(c.path("input").isObject()
                    ? c.get("input") : AssessmentJson.mapper().createObjectNode().set("answers", c.get("answers")))));
        }
        out.printf("cases: %d%n%s%n%s%n%s%n", score.cases(), score.exactTriage(), score.exactRules(), score.underLine());
        out.flush();
        return score.allExact() ? 0 : 1;
    }
}

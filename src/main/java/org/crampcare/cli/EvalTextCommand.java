package org.crampcare.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crampcare.triage.AssessmentInput;
import org.crampcare.triage.AssessmentJson;
import org.crampcare.triage.AssessmentResult;
import org.crampcare.triage.Assessor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Scores free-text reading: sends only each case's text, then compares the level, the rules and
 * every understood answer with the case's {@code answers_truth}.
 *
 * <p>With {@code --language es} every text is read as Spanish; without it, each text's language
 * is detected. Exit code 1 when any case is under-triaged, the one miss that must never ship.
 */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Score free-text reading on {\"id\", \"text\", \"answers_truth\", \"expect\"} cases.")
final class EvalTextCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.jsonl", description = "e.g. ../shared/eval/triage-text-dev.jsonl")
    Path file;

    @CommandLine.Mixin
    KnowledgeOption knowledge;

    @CommandLine.Mixin
    LanguageOption language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Assessor assessor = knowledge.open().assessor();
        PrintWriter out = spec.commandLine().getOut();
        ItemScores scores = new ItemScores();
        TriageScore score = new TriageScore(out);
        for (JsonNode c : EvalCases.read(file)) {
            AssessmentResult r = assessor.assess(AssessmentInput.ofText(c.get("text").asText(), language.chosen().orElse(null)));
            score.add(c, r);
            scores.add(AssessmentJson.mapper().valueToTree(r.answers()), c.path("answers_truth"));
        }
        out.printf("cases: %d%n%s%n%s%n%s%n%n", score.cases(), score.exactTriage(), score.underLine(), score.exactRules());
        scores.print(out);
        out.flush();
        return score.underTriaged() == 0 ? 0 : 1;
    }
}

package org.crampcare.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * <p>Exit code 1 when any case is under-triaged, the one miss that must never ship.
 */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Score free-text reading on {\"id\", \"text\", \"answers_truth\", \"expect\"} cases.")
final class EvalTextCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.jsonl", description = "e.g. ../shared/eval/triage-text-dev.jsonl")
    Path file;

    @CommandLine.Mixin
    KnowledgeOption knowledge;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Assessor assessor = knowledge.open().assessor();
        PrintWriter out = spec.commandLine().getOut();
        Map<String, ItemScore> scores = new LinkedHashMap<>();
        TriageScore score = new TriageScore(out);
        for (JsonNode c : EvalCases.read(file)) {
            AssessmentResult r = assessor.assess(AssessmentInput.ofText(c.get("text").asText()));
            score.add(c, r);
            compare(AssessmentJson.mapper().valueToTree(r.answers()), c.path("answers_truth"), scores);
        }
        out.printf("cases: %d%n%s%n%s%n%s%n%n", score.cases(), score.exactTriage(), score.underLine(), score.exactRules());
        printTable(out, scores);
        out.flush();
        return score.underTriaged() == 0 ? 0 : 1;
    }

    /** Item-level comparison: a scalar is right when equal; a list is compared value by value. */
    private static void compare(JsonNode got, JsonNode truth, Map<String, ItemScore> scores) {
        Set<String> items = new TreeSet<>();
        got.fieldNames().forEachRemaining(items::add);
        truth.fieldNames().forEachRemaining(items::add);
        for (String item : items) {
            ItemScore s = scores.computeIfAbsent(item, k -> new ItemScore());
            List<String> g = values(got.get(item));
            List<String> t = values(truth.get(item));
            for (String v : g) {
                if (t.contains(v)) {
                    s.truePositives++;
                } else {
                    s.falsePositives++;
                }
            }
            s.falseNegatives += (int) t.stream().filter(v -> !g.contains(v)).count();
        }
    }

    private static List<String> values(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            if (n.isEmpty()) {
                out.add("[]");
            }
            n.forEach(v -> out.add(v.asText()));
        } else if (n.isNumber()) {
            out.add(String.valueOf(n.asDouble()));
        } else {
            out.add(n.asText());
        }
        return out;
    }

    private static void printTable(PrintWriter out, Map<String, ItemScore> scores) {
        out.printf("%-32s %4s %4s %4s %9s %7s%n", "item", "TP", "FP", "FN", "precision", "recall");
        ItemScore total = new ItemScore();
        new TreeSet<>(scores.keySet()).forEach(item -> {
            ItemScore s = scores.get(item);
            out.printf("%-32s %4d %4d %4d %9s %7s%n", item, s.truePositives, s.falsePositives, s.falseNegatives,
                    s.precision(), s.recall());
            total.truePositives += s.truePositives;
            total.falsePositives += s.falsePositives;
            total.falseNegatives += s.falseNegatives;
        });
        out.printf("%-32s %4d %4d %4d %9s %7s%n", "ALL", total.truePositives, total.falsePositives,
                total.falseNegatives, total.precision(), total.recall());
    }

    /** Counts for one item across the set. */
    private static final class ItemScore {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        String precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        String recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        private static String ratio(int a, int b) {
            return b == 0 ? "-" : String.format("%.2f", (double) a / b);
        }
    }
}

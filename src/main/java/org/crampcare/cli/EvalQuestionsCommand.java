package org.crampcare.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.crampcare.search.KnowledgeSearch;
import org.crampcare.search.SearchAnswer;
import org.crampcare.search.SearchResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Scores knowledge search on question cases: the first answer is correct when, for every inner
 * list of {@code expect_any}, its title plus text contains one of the alternatives.
 *
 * <p>Exit code 1 when any case misses, so scripts and CI can use it as a check.
 */
@Command(name = "questions", mixinStandardHelpOptions = true,
        description = "Score answers on {\"id\", \"question\", \"expect_any\": [[...]]} cases.")
final class EvalQuestionsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.jsonl", description = "e.g. ../shared/eval/questions-dev.jsonl")
    Path file;

    @CommandLine.Mixin
    KnowledgeOption knowledge;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        KnowledgeSearch search = knowledge.open().search();
        PrintWriter out = spec.commandLine().getOut();
        List<JsonNode> cases = EvalCases.read(file);
        int correct = 0;
        for (JsonNode c : cases) {
            SearchResult r = search.search(c.path("question").asText(), 1);
            String got = r.answers().isEmpty() ? "" : first(r.answers().get(0));
            if (correct(got, c.path("expect_any"))) {
                correct++;
            } else {
                out.printf("MISS %s: \"%s\"%n     got: %s%n", c.path("id").asText(), c.path("question").asText(),
                        r.answers().isEmpty() ? "(no answer)" : r.answers().get(0).id() + " - " + r.answers().get(0).title());
            }
        }
        out.printf("cases: %d%ncorrect first answer: %d/%d%n", cases.size(), correct, cases.size());
        out.flush();
        return correct == cases.size() ? 0 : 1;
    }

    private static String first(SearchAnswer a) {
        return (a.title() + " " + a.text()).toLowerCase(Locale.ROOT);
    }

    private static boolean correct(String answer, JsonNode expectAny) {
        for (JsonNode alternatives : expectAny) {
            boolean any = false;
            for (JsonNode alt : alternatives) {
                any |= answer.contains(alt.asText().toLowerCase(Locale.ROOT));
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }
}

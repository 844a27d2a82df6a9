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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Scores knowledge search on question cases. An on-topic answer is correct when, for every inner
 * list of {@code expect_any}, its title plus text contains one of the alternatives; an off-topic
 * case ({@code "off_topic": true}) is correct when the search gives no answer at all.
 *
 * <p>Prints the first-answer and top-3 rates and the unanswered on-topic cases for the on-topic
 * questions, and the abstention rate for the off-topic ones. Exit code 1 when any case misses, so
 * scripts and CI can use it as a check. With {@code --language es} the questions are read, and the
 * answers given and matched, in Spanish (the figures' labels stay as they are, for scripts).
 */
@Command(name = "questions", mixinStandardHelpOptions = true,
        description = "Score answers on {\"id\", \"question\", \"expect_any\": [[...]], \"off_topic\"} cases.")
final class EvalQuestionsCommand implements Callable<Integer> {
    private static final int TOP = 3;

    @Parameters(paramLabel = "FILE.jsonl", description = "e.g. ../shared/eval/questions-dev.jsonl")
    Path file;

    @Option(names = "--lexical-only", description = "Rank with the word index alone (no sentence embeddings), for comparison.")
    boolean lexicalOnly;

    @CommandLine.Mixin
    KnowledgeOption knowledge;

    @CommandLine.Mixin
    LanguageOption language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        KnowledgeSearch search = lexicalOnly ? knowledge.byWords() : knowledge.open().search();
        PrintWriter out = spec.commandLine().getOut();
        Tally t = new Tally();
        for (JsonNode c : EvalCases.read(file)) {
            SearchResult r = search.search(c.path("question").asText(), TOP, language.get());
            if (c.path("off_topic").asBoolean()) {
                t.offTopic++;
                if (r.answers().isEmpty()) {
                    t.abstained++;
                } else {
                    miss(out, c, "answered off-topic", r.answers().get(0));
                }
                continue;
            }
            t.onTopic++;
            int rank = rankOfFirstCorrect(r.answers(), c.path("expect_any"));
            t.first += rank == 0 ? 1 : 0;
            t.top += rank >= 0 ? 1 : 0;
            t.unanswered += r.answers().isEmpty() ? 1 : 0;
            if (rank != 0) {
                miss(out, c, rank > 0 ? "right answer at " + (rank + 1) : "", r.answers().isEmpty() ? null : r.answers().get(0));
            }
        }
        t.print(out);
        out.flush();
        return t.first == t.onTopic && t.abstained == t.offTopic ? 0 : 1;
    }

    private static void miss(PrintWriter out, JsonNode c, String note, SearchAnswer got) {
        out.printf("MISS %s: \"%s\"%n     got: %s%s%n", c.path("id").asText(), c.path("question").asText(),
                got == null ? "(no answer)" : got.id() + " - " + got.title(), note.isEmpty() ? "" : " (" + note + ")");
    }

    /** The position of the first correct answer, or -1 when none is. */
    private static int rankOfFirstCorrect(List<SearchAnswer> answers, JsonNode expectAny) {
        for (int i = 0; i < answers.size(); i++) {
            SearchAnswer a = answers.get(i);
            if (correct((a.title() + " " + a.text()).toLowerCase(Locale.ROOT), expectAny)) {
                return i;
            }
        }
        return -1;
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

    /** The counts behind the printed figures. */
    private static final class Tally {
        int onTopic;
        int first;
        int top;
        int unanswered;
        int offTopic;
        int abstained;

        void print(PrintWriter out) {
            out.printf("cases: %d (%d on-topic, %d off-topic)%n", onTopic + offTopic, onTopic, offTopic);
            out.printf("correct first answer: %d/%d%s%n", first, onTopic, percent(first, onTopic));
            out.printf("correct in top %d: %d/%d%s%n", TOP, top, onTopic, percent(top, onTopic));
            out.printf("on-topic unanswered: %d/%d%s%n", unanswered, onTopic, percent(unanswered, onTopic));
            out.printf("off-topic abstained: %d/%d%s%n", abstained, offTopic, percent(abstained, offTopic));
        }

        private static String percent(int n, int of) {
            return of == 0 ? "" : String.format(Locale.ROOT, " (%.1f %%)", 100.0 * n / of);
        }
    }
}

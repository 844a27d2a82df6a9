package org.crampcare.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.crampcare.CrampCare;
import org.crampcare.knowledge.EmergencySigns;
import org.crampcare.knowledge.KnowledgeBase;
import org.crampcare.knowledge.Language;
import org.crampcare.knowledge.Phrases;
import org.crampcare.search.SearchAnswer;
import org.crampcare.search.SearchJson;
import org.crampcare.search.SearchResult;
import org.crampcare.search.WarningSign;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Answers a question about cramps from the knowledge base, best answer first, with sources.
 *
 * <p>When the question describes the person's own warning signs, those signs and the offer of an
 * assessment come before the answers, so nothing urgent is buried under general information.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a question about muscle cramps from CrampCare's knowledge, with sources.")
final class AskCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUESTION", arity = "1..*", description = "The question, e.g. \"how long should I ice it?\"")
    String[] question;

    @Option(names = "--json", description = "Print {\"answers\": [{\"title\", \"text\", \"sources\"}]} best first.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "5", description = "How many answers (default ${DEFAULT-VALUE}).")
    int limit;

    @CommandLine.Mixin
    KnowledgeOption knowledge;

    @CommandLine.Mixin
    LanguageOption language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        CrampCare crampCare = knowledge.open();
        SearchResult result = crampCare.search().search(String.join(" ", question), limit, language.get());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(SearchJson.toJson(result));
        } else {
            print(result, crampCare.knowledge().in(language.get()), out);
        }
        out.flush();
        return 0;
    }

    /** Prints the result in the language of {@code kb}. */
    private static void print(SearchResult result, KnowledgeBase kb, PrintWriter out) {
        Language language = kb.language();
        if (result.describesSymptoms()) {
            out.println(CliText.WARNING_SIGNS.in(language));
            for (WarningSign w : result.warningSigns()) {
                out.printf("  [%s] %s%n    %s%n", w.label(), w.explanation(), w.action());
            }
            out.println(CliText.OFFER_INTERVIEW.in(language));
            out.println();
        }
        if (!result.covered()) {
            notCovered(result, kb, out);
        }
        int n = 1;
        for (SearchAnswer a : result.answers()) {
            out.printf("%d. %s%n   %s%n", n++, a.title(), a.text());
            a.steps().forEach(s -> out.println("   - " + s));
            out.println("   " + (a.tip() ? Phrases.tipLabel(language)
                    : CliText.SOURCES.in(language) + String.join(", ", a.sources())));
            out.println();
        }
    }

    /** Says plainly that the question is outside the knowledge, what the knowledge does cover, and the emergency signs. */
    private static void notCovered(SearchResult result, KnowledgeBase kb, PrintWriter out) {
        Language language = kb.language();
        out.println(CliText.NOT_COVERED.in(language) + (result.notCovered().isEmpty() ? "." : ": " + result.notCovered() + "."));
        out.println(CliText.COVERED.in(language));
        kb.topics().forEach(t -> out.println("  - " + t.title()));
        out.println(CliText.BROWSE.in(language));
        if (result.personal() && !result.describesSymptoms()) {
            EmergencySigns signs = EmergencySigns.of(kb);
            out.println();
            out.println(CliText.IF_UNWELL.in(language) + signs.action());
            signs.signs().forEach(s -> out.println("  - " + s));
        }
    }
}

package org.crampcare.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Asks the assessment questions one by one in the terminal and ends with the result in plain words. */
@Command(name = "interview", mixinStandardHelpOptions = true,
        description = {"Answer the assessment questions one at a time in the terminal.",
            "Emergency questions come first. Type 'd' for \"don't know\", 'h' for why we ask",
            "(in Spanish, with --language es: 'ns' for \"no sé\", 'a' for why we ask)."})
final class InterviewCommand implements Callable<Integer> {
    @CommandLine.Mixin
    KnowledgeOption knowledge;

    @CommandLine.Mixin
    LanguageOption language;

    @CommandLine.Option(names = "--text", paramLabel = "TEXT",
            description = "Your own description of the cramps; only what it leaves open is asked.")
    String text;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        new TerminalInterview(knowledge.open().assessor(), in, spec.commandLine().getOut(), text, language.get()).run();
        return 0;
    }
}

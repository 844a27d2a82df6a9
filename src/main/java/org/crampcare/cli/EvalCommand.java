package org.crampcare.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Measures CrampCare on evaluation sets (JSON Lines) and prints the figures. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score CrampCare on an evaluation set and print the figures.",
        subcommands = {EvalStructuredCommand.class, EvalTextCommand.class, EvalQuestionsCommand.class})
final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

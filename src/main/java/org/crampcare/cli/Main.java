package org.crampcare.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code crampcare} command line: one place that lists every subcommand.
 *
 * <p>Exit codes: 0 success, 1 invalid knowledge files or a failed check, 2 bad input or usage.
 */
@Command(name = "crampcare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Triage, self-care and knowledge for muscle cramps and spasms.",
        subcommands = {AssessCommand.class, InterviewCommand.class, RulesCommand.class, KnowledgeCommand.class,
            EvalCommand.class, AskCommand.class, DbCommand.class, ServeCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

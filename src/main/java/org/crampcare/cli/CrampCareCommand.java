package org.crampcare.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code crampcare} command and every subcommand that needs no web server.
 *
 * <p>{@code serve} is added by the program's entry point ({@code org.crampcare.app.Main}), which
 * knows both the command line and the web layer, so that neither of them needs the other. Exit
 * codes: 0 success, 1 invalid knowledge files or a failed check, 2 bad input or usage.
 */
@Command(name = "crampcare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Triage, self-care and knowledge for muscle cramps and spasms.",
        subcommands = {AssessCommand.class, InterviewCommand.class, RulesCommand.class, KnowledgeCommand.class,
            EvalCommand.class, AskCommand.class, DbCommand.class})
public final class CrampCareCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The configured command line with these further subcommands after the built-in ones. */
    public static CommandLine commandLine(Object... moreSubcommands) {
        CommandLine cl = new CommandLine(new CrampCareCommand());
        for (Object subcommand : moreSubcommands) {
            cl.addSubcommand(subcommand);
        }
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

package org.crampcare.app;

import org.crampcare.cli.CrampCareCommand;
import picocli.CommandLine;

/**
 * The {@code crampcare} program: the command line of {@code cli} plus {@code serve}, which starts the web app.
 *
 * <p>The one place that knows both the command line and the web layer, so that neither of them
 * depends on the other.
 */
public final class Main {
    private Main() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        return CrampCareCommand.commandLine(new ServeCommand());
    }
}

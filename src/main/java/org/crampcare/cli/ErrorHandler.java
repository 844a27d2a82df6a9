package org.crampcare.cli;

import org.crampcare.knowledge.KnowledgeException;
import org.crampcare.storage.DatabaseUnavailableException;
import org.crampcare.storage.SchemaTooNewException;
import org.crampcare.triage.InputException;
import picocli.CommandLine;

/**
 * Turns the errors a person can cause into one clear message and the documented exit code.
 *
 * <p>Anything else is a bug: it is reported with its type and message (no stack trace for the
 * person) and exit code 70.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        if (ex instanceof InputException in) {
            cl.getErr().println("crampcare: bad input: " + in.getMessage());
            return 2;
        }
        if (ex instanceof KnowledgeException k) {
            cl.getErr().println("crampcare: " + k.getMessage());
            return 1;
        }
        if (ex instanceof DatabaseUnavailableException || ex instanceof SchemaTooNewException) {
            cl.getErr().println("crampcare: " + ex.getMessage());
            return 1;
        }
        if (ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException) {
            cl.getErr().println("crampcare: " + ex.getMessage());
            return 2;
        }
        cl.getErr().println("crampcare: internal error: " + ex);
        return 70;
    }
}

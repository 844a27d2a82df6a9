package org.crampcare.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * A {@code db} subcommand: the database options ({@code --data} or {@code --db-url}) and the command's
 * spec, for {@link DbCommand#withDatabase}.
 *
 * <p>Picocli reads the annotated fields of a superclass too, so each subcommand declares only its own
 * options.
 */
abstract class DatabaseSubcommand implements Callable<Integer> {
    @CommandLine.Mixin
    DatabaseOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs {@code task} on the database the options name (see {@link DbCommand#withDatabase}). */
    int withDatabase(DbCommand.DatabaseTask task) {
        return DbCommand.withDatabase(spec, options, task);
    }
}

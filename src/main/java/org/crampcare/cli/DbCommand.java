package org.crampcare.cli;

import java.io.PrintWriter;
import org.crampcare.storage.BackupException;
import org.crampcare.storage.Database;
import org.crampcare.storage.DatabaseUnavailableException;
import org.crampcare.storage.IntegrityReport;
import org.crampcare.storage.SchemaTooNewException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Admin commands for the diary database: bring the schema up to date, check the stored data, back up and restore. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Look after the diary database (for admins).",
        subcommands = {DbCommand.Migrate.class, DbCommand.Check.class, BackupCommands.Write.class,
            BackupCommands.Read.class})
final class DbCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Applies pending schema migrations. */
    @Command(name = "migrate", mixinStandardHelpOptions = true, description = "Create or update the database schema.")
    static final class Migrate extends DatabaseSubcommand {
        @Override
        public Integer call() {
            return withDatabase((db, out) -> {
                out.println("Database " + db.vendor() + " is up to date; migrations applied just now: "
                        + db.migrationsAppliedAtOpen() + ".");
                return 0;
            });
        }
    }

    /** Migrates if needed, then checks integrity; exit code 1 when a problem is found. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Update the schema if needed, then check the stored data (SQLite integrity and foreign keys;"
                    + " on both databases, no rows of people who do not exist).")
    static final class Check extends DatabaseSubcommand {
        @Override
        public Integer call() {
            return withDatabase((db, out) -> {
                IntegrityReport report = db.checkIntegrity();
                if (report.ok()) {
                    out.println("Database " + db.vendor() + ": ok");
                    return 0;
                }
                out.println("Database " + db.vendor() + ": " + report.problems().size() + " problem(s)");
                report.problems().forEach(p -> out.println("  " + p));
                return 1;
            });
        }
    }

    /** What to do with an open database; returns the exit code. */
    interface DatabaseTask {
        int run(Database db, PrintWriter out);
    }

    static int withDatabase(CommandLine.Model.CommandSpec spec, DatabaseOptions options, DatabaseTask task) {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = Database.open(options.config())) {
            return task.run(db, out);
        } catch (DatabaseUnavailableException | SchemaTooNewException e) {
            spec.commandLine().getErr().println("crampcare: " + e.getMessage());
            return 1;
        } catch (BackupException e) {
            spec.commandLine().getErr().println("crampcare: " + e.getMessage());
            return 2;
        } finally {
            out.flush();
        }
    }
}

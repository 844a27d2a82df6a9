package org.crampcare.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.crampcare.storage.Backup;
import org.crampcare.storage.BackupException;
import org.crampcare.storage.Restore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code db backup} and {@code db restore}: a vendor-neutral, checksummed copy of the whole database. */
final class BackupCommands {
    private BackupCommands() {
    }

    /** Writes a backup while the server may go on running. */
    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = {"Write a consistent, checksummed backup of the whole database to FILE.",
                "Safe while the server runs; the file restores into SQLite or PostgreSQL."})
    static final class Write extends DatabaseSubcommand {
        @Option(names = "--to", paramLabel = "FILE", required = true, description = "The backup file to write (replaced if it exists).")
        Path to;

        @Override
        public Integer call() {
            return withDatabase((db, out) -> {
                Backup.Summary s = Backup.write(db, to, Clock.systemUTC());
                out.printf("Backed up %d rows of %d tables (schema %s) from %s to %s%nsha256 %s%n", s.totalRows(),
                        s.rows().size(), s.schema(), db.vendor(), to, s.sha256());
                return 0;
            });
        }
    }

    /** Restores a backup into an empty database (or, with --replace, over one). */
    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = {"Restore a backup written by 'db backup' into the database given by --data or --db-url.",
                "The whole file is checked before anything is written; the database must be empty unless --replace."})
    static final class Read extends DatabaseSubcommand {
        @Option(names = "--from", paramLabel = "FILE", required = true, description = "The backup file to restore.")
        Path from;

        @Option(names = "--replace", description = "Delete the database's data first (in the same transaction).")
        boolean replace;

        @Override
        public Integer call() {
            try {
                Restore.verify(from);
            } catch (BackupException e) {
                spec.commandLine().getErr().println("crampcare: " + e.getMessage());
                return 2;
            }
            return withDatabase((db, out) -> {
                Restore.Contents c = Restore.into(db, from, replace);
                out.printf("Restored %d rows of %d tables (schema %s, taken %s from %s) into %s%n", c.totalRows(),
                        c.rows().size(), c.schema(), c.createdAt(), c.vendor(), db.vendor());
                return 0;
            });
        }
    }
}

package org.crampcare.app;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.crampcare.storage.Database;
import org.crampcare.storage.DatabaseConfig;

/**
 * Opens the diary database (pool, driver, schema check or migration) on a thread of its own.
 *
 * <p>Opening the database and loading the knowledge are independent and each take a good part of
 * start-up, so {@code serve} runs them side by side. Whatever opening throws is rethrown unchanged
 * by {@link #get}, so error messages and exit codes stay those of opening it in line.
 */
final class DatabaseOpening {
    private final FutureTask<Database> task;

    private DatabaseOpening(DatabaseConfig config) {
        this.task = new FutureTask<>(() -> Database.open(config));
    }

    /** Starts opening the database. */
    static DatabaseOpening start(DatabaseConfig config) {
        DatabaseOpening opening = new DatabaseOpening(config);
        Thread thread = new Thread(opening.task, "crampcare-database-open");
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    /** Waits for the open database; rethrows what opening it threw. */
    Database get() throws InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    /**
     * After start-up failed elsewhere: waits until opening ends (so no migration is cut off at exit)
     * and closes the database. A failure to open is attached to {@code failure} as suppressed.
     */
    void closeAfter(RuntimeException failure) throws InterruptedException {
        try {
            get().close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException("opening the database failed: " + cause, cause);
    }
}

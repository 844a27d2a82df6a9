package org.crampcare.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The open diary database: a connection pool, the schema brought up to date, and a Jdbi on top.
 *
 * <p>One instance per process, shared by every service; closing it closes the pool. The SQL of the
 * services is the same for both vendors, so only this class and the migrations know which one runs.
 */
public final class Database implements AutoCloseable {
    /** Writes to SQLite serialise anyway; a few connections let reads run beside the one writer. */
    static final int SQLITE_POOL = 4;
    /** PostgreSQL runs writes in parallel; shared by several app servers, so stay modest. */
    static final int POSTGRESQL_POOL = 16;
    /** How long a SQLite writer waits for the lock before giving up, in milliseconds. */
    static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;

    /** Every table, parents last, so deleting in this order never breaks a foreign key. */
    public static final List<String> TABLES = List.of("session", "api_token", "throttle", "idempotency_key", "cramp",
            "checkin", "assessment", "person");

    private final DatabaseConfig config;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private int migrationsAppliedAtOpen;

    private Database(DatabaseConfig config, HikariDataSource pool) {
        this.config = config;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        // Jdbi puts bound values into exception messages by default; they can be notes or e-mails,
        // and exception messages end up in logs. Keep only the driver's own message.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
    }

    /** Opens the database and applies any pending migrations. */
    public static Database open(DatabaseConfig config) {
        Database db = new Database(config, pool(config));
        try {
            db.migrationsAppliedAtOpen = db.migrate();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** Applies pending migrations; returns how many ran (0 when the schema was already current). */
    public int migrate() {
        if (schemaIsCurrent()) {
            return 0;
        }
        refuseNewerSchema();
        // No "ignore future migrations": Flyway's default would let an older build run on a schema it
        // does not know; refuseNewerSchema says so more clearly, this is the second line.
        return Flyway.configure().dataSource(pool).locations("classpath:" + config.vendor().migrations())
                .ignoreMigrationPatterns("").load().migrate().migrationsExecuted;
    }

    /**
     * Stops with a clear message when a newer CrampCare has migrated the database past what this build
     * knows: an older build could misread or damage data written under the newer schema.
     */
    private void refuseNewerSchema() {
        Optional<Set<Migration>> shipped = ShippedMigrations.in(config.vendor().migrations());
        if (shipped.isEmpty()) {
            return;
        }
        String known = shipped.get().stream().map(Migration::version).max(SchemaHistory::compare).orElse("0");
        Optional<String> applied;
        try (Connection c = pool.getConnection()) {
            applied = SchemaHistory.newestApplied(c);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot read the schema history of " + config.redactedUrl() + ": "
                    + e.getMessage(), e);
        }
        if (applied.isPresent() && SchemaHistory.compare(applied.get(), known) > 0) {
            throw new SchemaTooNewException(applied.get(), known);
        }
    }

    /** The newest schema version this build's migrations create, e.g. {@code 2}. */
    public static String schemaVersion(Vendor vendor) {
        return ShippedMigrations.in(vendor.migrations()).orElseThrow().stream().map(Migration::version)
                .max(SchemaHistory::compare).orElse("0");
    }

    /**
     * Whether Flyway would find nothing to do, checked without loading Flyway (it costs a good part
     * of start-up); see {@link SchemaHistory} for what counts as current.
     */
    private boolean schemaIsCurrent() {
        Optional<Set<Migration>> shipped = ShippedMigrations.in(config.vendor().migrations());
        if (shipped.isEmpty()) {
            return false;
        }
        try (Connection c = pool.getConnection()) {
            return SchemaHistory.isCurrent(c, shipped.get());
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot read the schema history of " + config.redactedUrl() + ": "
                    + e.getMessage(), e);
        }
    }

    /** How many migrations {@link #open} applied (0 when the schema was already current). */
    public int migrationsAppliedAtOpen() {
        return migrationsAppliedAtOpen;
    }

    /** Publishes the connection pool's meters (connections in use, idle, pending, wait times) to the registry. */
    public void bindMetrics(MeterRegistry registry) {
        pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    }

    /** Jdbi for the services' SQL. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** Which database product this is. */
    public Vendor vendor() {
        return config.vendor();
    }

    /**
     * Checks the stored data: SQLite's own integrity and foreign-key checks, and on both vendors
     * that no row points at a person who is gone.
     */
    public IntegrityReport checkIntegrity() {
        List<String> problems = new ArrayList<>();
        jdbi.useHandle(h -> {
            if (vendor() == Vendor.SQLITE) {
                List<String> result = h.createQuery("PRAGMA integrity_check").mapTo(String.class).list();
                if (!result.equals(List.of("ok"))) {
                    problems.addAll(result);
                }
                int fk = h.createQuery("PRAGMA foreign_key_check").mapToMap().list().size();
                if (fk > 0) {
                    problems.add(fk + " rows break a foreign key");
                }
            }
            for (String table : TABLES.subList(0, TABLES.size() - 1)) {
                if (table.equals("throttle")) {
                    continue;
                }
                long orphans = h.createQuery("SELECT count(*) FROM " + table
                        + " t WHERE NOT EXISTS (SELECT 1 FROM person p WHERE p.id = t.person_id)")
                        .mapTo(Long.class).one();
                if (orphans > 0) {
                    problems.add(table + ": " + orphans + " rows of a person who does not exist");
                }
            }
        });
        return new IntegrityReport(problems);
    }

    /**
     * A connection in a read-only transaction that sees one snapshot of the data while others go on
     * writing; the caller rolls back and closes it.
     *
     * <p>SQLite: a connection of its own outside the pool whose transactions begin DEFERRED, so it takes
     * no write lock, and the write-ahead log keeps its snapshot. PostgreSQL: REPEATABLE READ.
     */
    Connection snapshot() throws SQLException {
        Connection c = vendor() == Vendor.SQLITE
                ? sqlite(config.jdbcUrl(), SQLiteConfig.TransactionMode.DEFERRED).getConnection()
                : pool.getConnection();
        try {
            c.setAutoCommit(false);
            c.setTransactionIsolation(vendor() == Vendor.SQLITE ? Connection.TRANSACTION_SERIALIZABLE
                    : Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(vendor() == Vendor.POSTGRESQL);
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private static HikariDataSource pool(DatabaseConfig config) {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("crampcare-" + config.vendor().name().toLowerCase(java.util.Locale.ROOT));
        if (config.vendor() == Vendor.SQLITE) {
            createFolder(config.sqliteFile());
            hc.setDataSource(sqlite(config.jdbcUrl(), SQLiteConfig.TransactionMode.IMMEDIATE));
            hc.setMaximumPoolSize(SQLITE_POOL);
        } else {
            hc.setJdbcUrl(config.jdbcUrl());
            hc.setUsername(config.user());
            hc.setPassword(config.password());
            hc.setMaximumPoolSize(POSTGRESQL_POOL);
        }
        hc.setMinimumIdle(1);
        try {
            return new HikariDataSource(hc);
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new DatabaseUnavailableException("cannot open the database " + config.redactedUrl() + ": "
                    + root.getMessage(), e);
        }
    }

    /**
     * SQLite set up so that an acknowledged commit survives a crash or power loss: write-ahead log
     * with {@code synchronous=FULL} (NORMAL may lose the last commits on power loss), foreign keys
     * enforced, and writers that wait for the lock instead of failing. Transactions begin IMMEDIATE
     * so a read-then-write transaction takes the write lock at once and never deadlocks on upgrade.
     */
    private static SQLiteDataSource sqlite(String url, SQLiteConfig.TransactionMode mode) {
        SQLiteConfig sc = new SQLiteConfig();
        sc.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sc.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sc.enforceForeignKeys(true);
        sc.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
        sc.setTransactionMode(mode);
        SQLiteDataSource ds = new SQLiteDataSource(sc);
        ds.setUrl(url);
        return ds;
    }

    /** Creates the data folder (0700) and the database file (0600) before SQLite opens it. */
    private static void createFolder(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            PrivateFiles.createFolder(parent);
            PrivateFiles.createFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + parent + ": " + e.getMessage(), e);
        }
    }
}

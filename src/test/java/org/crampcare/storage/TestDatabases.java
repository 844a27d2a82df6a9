package org.crampcare.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The real databases the data-access tests run on: a SQLite file and an embedded PostgreSQL 17
 * server, each started once per test JVM and emptied before every test.
 *
 * <p>Shared because starting PostgreSQL takes about a second; the holder classes start each one
 * lazily on first use, and a shutdown hook stops them.
 */
public final class TestDatabases {
    private TestDatabases() {
    }

    /** The shared database of a vendor, with every table emptied. */
    public static Database fresh(Vendor vendor) {
        Database db = Shared.OPEN.get(vendor);
        db.jdbi().useTransaction(h -> {
            for (String table : Database.TABLES) {
                h.execute("DELETE FROM " + table);
            }
        });
        return db;
    }

    /** The configuration of the shared database, for code that opens its own pool (CLI, child JVMs). */
    public static DatabaseConfig config(Vendor vendor) {
        return vendor == Vendor.SQLITE ? Shared.SQLITE : Pg.CONFIG;
    }

    /** A configuration for a new, empty SQLite file in a new temporary folder. */
    public static DatabaseConfig newSqlite() {
        try {
            return DatabaseConfig.of(Files.createTempDirectory("crampcare-test"), null, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Row count of a table in a database. */
    public static long count(Database db, String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
    }

    /** Row counts of every table, for "nothing was written" checks. */
    public static Map<String, Long> counts(Database db) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        Database.TABLES.forEach(t -> counts.put(t, count(db, t)));
        return counts;
    }

    private static final class Pg {
        static final EmbeddedPostgres SERVER = start();
        static final DatabaseConfig CONFIG = DatabaseConfig.of(null, SERVER.getJdbcUrl("postgres", "postgres"),
                "postgres", null);

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException e) {
                        System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
                    }
                }));
                return pg;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
        }
    }

    private static final class Shared {
        static final DatabaseConfig SQLITE = newSqlite();
        static final Map<Vendor, Database> OPEN = open();

        private static Map<Vendor, Database> open() {
            Map<Vendor, Database> map = new EnumMap<>(Vendor.class);
            map.put(Vendor.SQLITE, Database.open(SQLITE));
            map.put(Vendor.POSTGRESQL, Database.open(Pg.CONFIG));
            return java.util.Collections.unmodifiableMap(map);
        }
    }

    /** A path helper for tests that need the SQLite file itself. */
    public static Path sqliteFile(DatabaseConfig config) {
        return config.sqliteFile();
    }
}

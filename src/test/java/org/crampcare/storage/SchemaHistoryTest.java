package org.crampcare.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The start-up check that skips Flyway: it may say "current" only when Flyway would find nothing to
 * apply and nothing to reject, on both vendors.
 */
class SchemaHistoryTest {
    @ParameterizedTest
    @EnumSource(Vendor.class)
    void whatFlywayRecordedMatchesTheShippedScripts(Vendor vendor) throws SQLException {
        Database db = TestDatabases.fresh(vendor);
        try (Connection c = db.jdbi().open().getConnection()) {
            assertThat(SchemaHistory.isCurrent(c, shipped(vendor))).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "UPDATE flyway_schema_history SET checksum = checksum + 1",
        "UPDATE flyway_schema_history SET success = false",
        "UPDATE flyway_schema_history SET description = 'edited'",
        "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                + " installed_by, execution_time, success) VALUES (99, '99', 'later', 'SQL', 'V99__later.sql', 1, 'x', 1, true)",
        "DELETE FROM flyway_schema_history"})
    void anyDifferenceLeavesTheDecisionToFlyway(String change) throws SQLException {
        for (Vendor vendor : Vendor.values()) {
            Database db = TestDatabases.fresh(vendor);
            try (Connection c = db.jdbi().open().getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.execute(change);
                assertThat(SchemaHistory.isCurrent(c, shipped(vendor))).as(vendor + ": " + change).isFalse();
                c.rollback();
            }
        }
    }

    @Test
    void aNewDatabaseIsNotCurrent() throws SQLException {
        DatabaseConfig config = TestDatabases.newSqlite();
        try (Connection c = java.sql.DriverManager.getConnection(config.jdbcUrl())) {
            assertThat(SchemaHistory.isCurrent(c, shipped(Vendor.SQLITE))).isFalse();
        }
    }

    @Test
    void anEditedScriptIsStillRejectedByFlywayAtOpen() throws SQLException {
        DatabaseConfig config = TestDatabases.newSqlite();
        Database.open(config).close();
        try (Connection c = java.sql.DriverManager.getConnection(config.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("UPDATE flyway_schema_history SET checksum = checksum + 1");
        }
        assertThatThrownBy(() -> Database.open(config)).hasMessageContaining("checksum mismatch");
        try (Database again = reopenAfterRepair(config)) {
            assertThat(again.migrationsAppliedAtOpen()).isZero();
        }
    }

    @Test
    void aFolderWithAnythingButVersionedScriptsLeavesTheDecisionToFlyway() {
        assertThat(ShippedMigrations.in("db-fixtures/with-callback")).isEmpty();
        assertThat(ShippedMigrations.in("db-fixtures/no-such-folder")).isEmpty();
        assertThat(ShippedMigrations.in(Vendor.SQLITE.migrations()).orElseThrow())
                .extracting(Migration::version, Migration::description, Migration::script)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("1", "diary", "V1__diary.sql"),
                        org.assertj.core.groups.Tuple.tuple("2", "security", "V2__security.sql"),
                        org.assertj.core.groups.Tuple.tuple("3", "idempotency keys", "V3__idempotency_keys.sql"));
    }

    @Test
    void scriptsAreFoundInsideAJarAsWell(@TempDir Path tmp) throws IOException {
        Path jar = tmp.resolve("migrations.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("db/", "db/x/", "db/x/V1__first.sql", "db/x/V1_1__second_step.sql", "db/y/",
                    "db/y/V9__elsewhere.sql")) {
                out.putNextEntry(new JarEntry(name));
                out.write("SELECT 1;\n".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(ShippedMigrations.in(loader, "db/x").orElseThrow())
                    .extracting(Migration::version, Migration::description, Migration::script)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("1", "first", "V1__first.sql"),
                            org.assertj.core.groups.Tuple.tuple("1.1", "second step", "V1_1__second_step.sql"));
        }
    }

    @Test
    void theChecksumIgnoresLineBreakStyleAndAByteOrderMarkAsFlywayDoes() {
        int plain = Migration.checksum("CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);\n");
        assertThat(Migration.checksum("CREATE TABLE a (x INT);\r\nCREATE TABLE b (y INT);\r\n")).isEqualTo(plain);
        assertThat(Migration.checksum("\uFEFFCREATE TABLE a (x INT);\nCREATE TABLE b (y INT);")).isEqualTo(plain);
        assertThat(Migration.checksum("CREATE TABLE a (x INT);\nCREATE TABLE b (z INT);\n")).isNotEqualTo(plain);
    }

    private static Set<Migration> shipped(Vendor vendor) {
        return ShippedMigrations.in(vendor.migrations()).orElseThrow();
    }

    /** Puts the checksum back as Flyway's repair would, then opens again: the fast path applies. */
    private static Database reopenAfterRepair(DatabaseConfig config) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(config.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("UPDATE flyway_schema_history SET checksum = checksum - 1");
        }
        return Database.open(config);
    }
}
